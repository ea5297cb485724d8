import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { ApiError, errorMessage } from '../api/http-client';

/** The record a link points to does not exist (or the link itself is malformed). */
export function NotFoundResult({ message }: { message: string }) {
  return (
    <Result
      status="404"
      title="未找到"
      subTitle={message}
      extra={
        <Link to="/">
          <Button type="primary">返回首页</Button>
        </Link>
      }
    />
  );
}

/** Route ids are positive integers; anything else is a broken link. */
export function parseRouteId(value: string | undefined): number | null {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** A failed load: 404 says the record does not exist, anything else offers a retry. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (error instanceof ApiError && error.status === 404) return <NotFoundResult message={errorMessage(error)} />;
  return <Result status="error" title="加载失败" subTitle={errorMessage(error)} extra={onRetry && <Button onClick={onRetry}>重试</Button>} />;
}
