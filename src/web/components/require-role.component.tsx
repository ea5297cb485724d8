import type { ReactNode } from 'react';
import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import type { Role } from '../../contract/common.contract';
import { useCurrentUser } from '../features/auth/current-user.context';

/** Hides a page the server would refuse anyway; the server remains the guard. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const user = useCurrentUser();
  if (!roles.includes(user.role)) {
    return (
      <Result
        status="403"
        title="无权访问"
        subTitle="您的账号没有访问此页面的权限，如需开通请联系系统管理员。"
        extra={
          <Link to="/">
            <Button type="primary">返回首页</Button>
          </Link>
        }
      />
    );
  }
  return children;
}
