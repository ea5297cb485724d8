import { useEffect } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import type { Role } from '../../../contract/common.contract';
import type { User } from '../../../contract/users.contract';
import { errorMessage } from '../../api/http-client';
import { newPasswordRules } from '../auth/password-rules';
import { useCurrentUser } from '../auth/current-user.context';
import { isUnitRole, PASSWORD_RULE_HINT, ROLE_OPTIONS } from '../auth/role-labels';
import { useUnits } from '../units/use-units.query';
import { useCreateUser, useUpdateUser } from './use-users.query';

interface UserFormValues {
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  password: string;
}

interface UserFormModalProps {
  open: boolean;
  /** null creates a new user */
  user: User | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/** 新建用户 / 编辑用户. Unit roles must belong to a unit; the initial password must be changed at first login. */
export function UserFormModal({ open, user, onClose, onSaved }: UserFormModalProps) {
  const [form] = Form.useForm<UserFormValues>();
  const role = Form.useWatch('role', form);
  const me = useCurrentUser();
  // 三员分立: the 系统管理员 hands out business roles (and the first 安全管理员); the server decides in the end
  const roleOptions = ROLE_OPTIONS.map((o) => ({ ...o, disabled: me.role === 'admin' && (o.value === 'admin' || o.value === 'auditor') }));
  const units = useUnits();
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = user ? update : create;
  const isEdit = user !== null;

  useEffect(() => {
    if (!open) return;
    create.reset();
    update.reset();
    form.resetFields();
    if (user) form.setFieldsValue({ displayName: user.displayName, role: user.role, unitId: user.unitId });
    // Reset only when the modal opens (or switches user), not on every mutation state change.
  }, [open, user]);

  const submit = (values: UserFormValues) => {
    // 人大代表 belong to no unit
    const unitId = values.role === 'deputy' ? null : (values.unitId ?? null);
    if (user) {
      update.mutate(
        { id: user.id, displayName: values.displayName.trim(), role: values.role, unitId, version: user.version },
        { onSuccess: () => onSaved('用户信息已保存') },
      );
    } else {
      create.mutate(
        { username: values.username.trim(), displayName: values.displayName.trim(), role: values.role, unitId, password: values.password },
        { onSuccess: () => onSaved('用户已创建，首次登录时需修改密码') },
      );
    }
  };

  return (
    <Modal
      title={isEdit ? `编辑用户：${user.username}` : '新建用户'}
      open={open}
      okText={isEdit ? '保存' : '创建'}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {mutation.isError && <Alert type="error" showIcon title={errorMessage(mutation.error)} style={{ marginBottom: 16 }} />}
      <Form<UserFormValues> name="user-form" form={form} layout="vertical" onFinish={submit} autoComplete="off">
        {!isEdit && (
          <Form.Item
            label="用户名"
            name="username"
            rules={[
              { required: true, message: '请输入用户名' },
              { pattern: /^[a-zA-Z0-9_.-]{3,32}$/, message: '3～32位字母、数字、下划线、点或连字符' },
            ]}
          >
            <Input placeholder="登录用，如 zhangsan" />
          </Form.Item>
        )}
        <Form.Item label="姓名" name="displayName" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
          <Input />
        </Form.Item>
        <Form.Item
          label="角色"
          name="role"
          rules={[{ required: true, message: '请选择角色' }]}
          extra={user && !user.permissions.canChangeRole ? '不能更改自己的角色，请由安全管理员操作' : undefined}
        >
          <Select options={roleOptions} placeholder="请选择角色" disabled={user !== null && !user.permissions.canChangeRole} />
        </Form.Item>
        <Form.Item
          label="所属单位"
          name="unitId"
          dependencies={['role']}
          hidden={role === 'deputy'}
          rules={[{ required: isUnitRole(role), message: '单位负责人和单位联络员必须选择所属单位' }]}
          extra={isUnitRole(role) ? undefined : '督查室、分管领导等可不选'}
        >
          <Select<number>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={units.isPending}
            placeholder="请选择单位"
            options={(units.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
          />
        </Form.Item>
        {!isEdit && (
          <Form.Item label="初始密码" name="password" rules={newPasswordRules} extra={PASSWORD_RULE_HINT}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
