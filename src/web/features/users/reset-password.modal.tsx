import { useEffect } from 'react';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import type { User } from '../../../contract/users.contract';
import { errorMessage } from '../../api/http-client';
import { newPasswordRules } from '../auth/password-rules';
import { PASSWORD_RULE_HINT } from '../auth/role-labels';
import { useResetPassword } from './use-users.query';

interface ResetPasswordModalProps {
  user: User | null;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** 重置密码: sets a temporary password, signs the user out everywhere, and forces a change at next login. */
export function ResetPasswordModal({ user, onClose, onDone }: ResetPasswordModalProps) {
  const [form] = Form.useForm<{ password: string }>();
  const reset = useResetPassword();

  useEffect(() => {
    if (!user) return;
    reset.reset();
    form.resetFields();
    // Reset only when the modal opens for a user.
  }, [user]);

  return (
    <Modal
      title={user ? `重置密码：${user.displayName}（${user.username}）` : '重置密码'}
      open={user !== null}
      okText="重置"
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Typography.Paragraph type="secondary">重置后该用户的登录会话全部失效，下次登录须修改密码。</Typography.Paragraph>
      {reset.isError && <Alert type="error" showIcon title={errorMessage(reset.error)} style={{ marginBottom: 16 }} />}
      <Form<{ password: string }>
        name="reset-password"
        form={form}
        layout="vertical"
        autoComplete="off"
        onFinish={({ password }) => user && reset.mutate({ id: user.id, password }, { onSuccess: () => onDone('密码已重置，请将临时密码告知本人') })}
      >
        <Form.Item label="临时密码" name="password" rules={newPasswordRules} extra={PASSWORD_RULE_HINT}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
