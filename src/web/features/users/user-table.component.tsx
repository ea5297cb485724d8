import { Badge, Button, Flex, Grid, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Role } from '../../../contract/common.contract';
import type { User } from '../../../contract/users.contract';
import { formatDateTime } from '../../components/date-format.util';
import { ROLE_LABELS, ROLE_OPTIONS } from '../auth/role-labels';

interface UserTableProps {
  users: User[];
  loading: boolean;
  onEdit: (user: User) => void;
  onToggleDisabled: (user: User) => Promise<unknown>;
  onResetPassword: (user: User) => void;
}

function UserStatus({ user }: { user: User }) {
  return (
    <Space size={4} wrap>
      {user.isDisabled ? <Badge status="default" text="停用" /> : <Badge status="success" text="启用" />}
      {user.mustChangePassword && !user.isDisabled && <Tag color="orange">待改密码</Tag>}
    </Space>
  );
}

const roleFilter = {
  filters: ROLE_OPTIONS.map((option) => ({ text: option.label, value: option.value })),
  onFilter: (role: unknown, user: User) => user.role === role,
};

/** 用户管理 table: who may sign in, with which role, for which unit; each row's buttons follow its `permissions`. */
export function UserTable({ users, loading, onEdit, onToggleDisabled, onResetPassword }: UserTableProps) {
  const isPhone = Grid.useBreakpoint().md === false;

  const actions = (user: User) => (
    <Flex vertical={isPhone} align={isPhone ? 'flex-start' : 'center'} wrap>
      {user.permissions.canEdit && (
        <Button type="link" size="small" onClick={() => onEdit(user)}>
          编辑
        </Button>
      )}
      {user.permissions.canDisable && (
        <Popconfirm
          title={user.isDisabled ? `启用 ${user.displayName}？` : `停用 ${user.displayName}？`}
          description={user.isDisabled ? '启用后该用户可以重新登录。' : '停用后该用户立即退出登录，且不能再登录。'}
          okText={user.isDisabled ? '启用' : '停用'}
          okButtonProps={{ danger: !user.isDisabled }}
          onConfirm={() => onToggleDisabled(user)}
        >
          <Button type="link" size="small" danger={!user.isDisabled}>
            {user.isDisabled ? '启用' : '停用'}
          </Button>
        </Popconfirm>
      )}
      {user.permissions.canResetPassword && (
        <Button type="link" size="small" onClick={() => onResetPassword(user)}>
          重置密码
        </Button>
      )}
    </Flex>
  );

  const desktopColumns: TableColumnsType<User> = [
    { title: '用户名', dataIndex: 'username', width: 130 },
    { title: '姓名', dataIndex: 'displayName', width: 110 },
    { title: '角色', dataIndex: 'role', width: 120, ...roleFilter, render: (role: Role) => ROLE_LABELS[role] },
    { title: '所属单位', dataIndex: 'unitName', render: (name: string | null) => name ?? '—' },
    { title: '状态', dataIndex: 'isDisabled', width: 130, render: (_, user) => <UserStatus user={user} /> },
    {
      title: '最近登录',
      dataIndex: 'lastLoginAt',
      width: 170,
      render: (at: string | null) => (at ? formatDateTime(at) : '从未登录'),
    },
    { title: '操作', key: 'actions', width: 200, render: (_, user) => actions(user) },
  ];

  // Phones get one stacked column for the person and a narrow one for the actions.
  const phoneColumns: TableColumnsType<User> = [
    {
      title: '用户',
      key: 'user',
      ...roleFilter,
      render: (_, user) => (
        <>
          <Typography.Text strong>{user.displayName}</Typography.Text> <Typography.Text type="secondary">{user.username}</Typography.Text>
          <div>
            {ROLE_LABELS[user.role]}
            {user.unitName && ` · ${user.unitName}`}
          </div>
          <UserStatus user={user} />
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              最近登录：{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : '从未登录'}
            </Typography.Text>
          </div>
        </>
      ),
    },
    { title: '操作', key: 'actions', width: 96, render: (_, user) => actions(user) },
  ];

  return (
    <Table<User>
      rowKey="id"
      columns={isPhone ? phoneColumns : desktopColumns}
      dataSource={users}
      loading={loading}
      size="middle"
      scroll={isPhone ? undefined : { x: 1000 }}
      pagination={users.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
    />
  );
}
