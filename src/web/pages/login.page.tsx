import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../api/http-client';
import { useLogin } from '../features/auth/use-session.query';

interface LoginForm {
  username: string;
  password: string;
}

/** Only same-site paths are followed after login, so a crafted link cannot send the user elsewhere. */
function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}

/** 登录: the only page an anonymous visitor of the back office sees. */
export default function LoginPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const login = useLogin();

  const submit = (values: LoginForm) => {
    login.mutate(values, {
      onSuccess: ({ user }) => {
        const target = user.mustChangePassword ? '/account/password' : safeNext(searchParams.get('next'));
        void navigate(target, { replace: true });
      },
    });
  };

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 16, background: 'linear-gradient(180deg, #123a6b 0%, #f5f7fa 60%)' }}>
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 8 }}>
          民生实事督办平台
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          登录
        </Typography.Paragraph>
        {login.isError && <Alert type="error" showIcon title={errorMessage(login.error)} style={{ marginBottom: 16 }} role="alert" />}
        <Form<LoginForm> layout="vertical" onFinish={submit} requiredMark={false} autoComplete="on">
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
            登录
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 16, marginBottom: 0 }}>
          {/* a plain link: the public portal is server-rendered, outside this app */}
          <a href="/public">群众查看民生实事进展 →</a>
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
