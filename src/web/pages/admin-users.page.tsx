import { useState } from 'react';
import { App, Button, Card } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { User } from '../../contract/users.contract';
import { errorMessage } from '../api/http-client';
import { QueryError } from '../components/query-error.component';
import { ResetPasswordModal } from '../features/users/reset-password.modal';
import { UserFormModal } from '../features/users/user-form.modal';
import { UserTable } from '../features/users/user-table.component';
import { useUpdateUser, useUsers } from '../features/users/use-users.query';

/** 用户管理 (admin): create users, change role and unit, disable, reset passwords. */
export default function AdminUsersPage() {
  const { message } = App.useApp();
  const users = useUsers();
  const update = useUpdateUser();
  const [editing, setEditing] = useState<{ user: User | null } | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);

  const toggleDisabled = (user: User) =>
    update
      .mutateAsync({ id: user.id, isDisabled: !user.isDisabled, version: user.version })
      .then(() => void message.success(user.isDisabled ? '已启用' : '已停用'))
      .catch((error: unknown) => void message.error(errorMessage(error)));

  if (users.isError) return <QueryError error={users.error} onRetry={() => void users.refetch()} />;

  return (
    <Card
      size="small"
      title={`用户管理（${users.data?.total ?? 0}）`}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ user: null })}>
          新建用户
        </Button>
      }
    >
      <UserTable
        users={users.data?.items ?? []}
        loading={users.isPending}
        onEdit={(user) => setEditing({ user })}
        onToggleDisabled={toggleDisabled}
        onResetPassword={setResetting}
      />
      <UserFormModal
        open={editing !== null}
        user={editing?.user ?? null}
        onClose={() => setEditing(null)}
        onSaved={(text) => {
          setEditing(null);
          void message.success(text);
        }}
      />
      <ResetPasswordModal
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={(text) => {
          setResetting(null);
          void message.success(text);
        }}
      />
    </Card>
  );
}
