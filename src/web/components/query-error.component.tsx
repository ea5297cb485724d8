import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { ApiError, errorMessage } from '../api/http-client';

/** A failed load: 404 says the record does not exist, anything else offers a retry. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Result
        status="404"
        title="未找到"
        subTitle={errorMessage(error)}
        extra={
          <Link to="/">
            <Button type="primary">返回首页</Button>
          </Link>
        }
      />
    );
  }
  return (
    <Result
      status="error"
      title="加载失败"
      subTitle={errorMessage(error)}
      extra={onRetry && <Button onClick={onRetry}>重试</Button>}
    />
  );
}
