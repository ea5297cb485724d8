import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../api/http-client';
import { useCurrentUser } from '../features/auth/current-user.context';
import { newPasswordRules } from '../features/auth/password-rules';
import { PASSWORD_RULE_HINT } from '../features/auth/role-labels';
import { useChangePassword } from '../features/auth/use-session.query';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** 修改密码; an admin-set password must be changed here before anything else opens. */
export default function AccountPasswordPage() {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const change = useChangePassword();

  const submit = ({ currentPassword, newPassword }: PasswordForm) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          void message.success('密码已修改');
          void navigate('/', { replace: true });
        },
      },
    );

  return (
    <Card title="修改密码" size="small" style={{ maxWidth: 480 }}>
      {user.mustChangePassword && (
        <Alert
          type="warning"
          showIcon
          title="请先修改密码"
          description="您的密码由管理员设置，为保障账号安全，须修改密码后才能继续使用。"
          style={{ marginBottom: 16 }}
        />
      )}
      {change.isError && <Alert type="error" showIcon title={errorMessage(change.error)} style={{ marginBottom: 16 }} />}
      <Form<PasswordForm> name="change-password" layout="vertical" onFinish={submit} autoComplete="off">
        <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item label="新密码" name="newPassword" rules={newPasswordRules} extra={PASSWORD_RULE_HINT}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          修改密码
        </Button>
      </Form>
    </Card>
  );
}
