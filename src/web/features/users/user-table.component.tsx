import { Badge, Button, Popconfirm, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Role, User } from '../../api/api.types';
import { formatDateTime } from '../../components/date-format.util';
import { ROLE_LABELS, ROLE_OPTIONS } from '../auth/role-labels';

interface UserTableProps {
  users: User[];
  loading: boolean;
  currentUserId: number;
  onEdit: (user: User) => void;
  onToggleDisabled: (user: User) => Promise<unknown>;
  onResetPassword: (user: User) => void;
}

/** 用户管理 table: who may sign in, with which role, for which unit. */
export function UserTable({ users, loading, currentUserId, onEdit, onToggleDisabled, onResetPassword }: UserTableProps) {
  const columns: TableColumnsType<User> = [
    { title: '用户名', dataIndex: 'username', width: 130 },
    { title: '姓名', dataIndex: 'displayName', width: 110 },
    {
      title: '角色',
      dataIndex: 'role',
      width: 120,
      filters: ROLE_OPTIONS.map((option) => ({ text: option.label, value: option.value })),
      onFilter: (role, user) => user.role === role,
      render: (role: Role) => ROLE_LABELS[role],
    },
    { title: '所属单位', dataIndex: 'unitName', render: (name: string | null) => name ?? '—' },
    {
      title: '状态',
      dataIndex: 'isDisabled',
      width: 130,
      render: (isDisabled: boolean, user) => (
        <Space size={4} wrap>
          {isDisabled ? <Badge status="default" text="停用" /> : <Badge status="success" text="启用" />}
          {user.mustChangePassword && !isDisabled && <Tag color="orange">待改密码</Tag>}
        </Space>
      ),
    },
    {
      title: '最近登录',
      dataIndex: 'lastLoginAt',
      width: 170,
      render: (at: string | null) => (at ? formatDateTime(at) : '从未登录'),
    },
    {
      title: '操作',
      key: 'actions',
      width: 200,
      fixed: 'right',
      render: (_, user) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => onEdit(user)}>
            编辑
          </Button>
          {user.id !== currentUserId && (
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
          <Button type="link" size="small" onClick={() => onResetPassword(user)}>
            重置密码
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Table<User>
      rowKey="id"
      columns={columns}
      dataSource={users}
      loading={loading}
      size="middle"
      scroll={{ x: 1000 }}
      pagination={users.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
    />
  );
}
