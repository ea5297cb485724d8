import { Alert, App, Button, Card, Form, Input, Switch, TimePicker, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../api/http-client';
import { ROBOT_CHANNEL_LABELS } from '../../contract/notifications.contract';
import type { NotificationPreferences } from '../../contract/notifications.contract';
import { PageLoading } from '../components/page-loading.component';
import { QueryError } from '../components/query-error.component';
import { usePreferences, useSavePreferences } from '../features/notifications/use-notifications.query';

interface PrefsForm {
  email: string;
  emailEnabled: boolean;
  mobile: string;
  robotEnabled: boolean;
  quiet: [Dayjs, Dayjs] | null;
}

const toTime = (hhmm: string | null) => (hhmm ? dayjs(`2024-01-01T${hhmm}:00`) : null);

function PreferencesForm({ prefs }: { prefs: NotificationPreferences }) {
  const { message } = App.useApp();
  const save = useSavePreferences();
  const start = toTime(prefs.quietStart);
  const end = toTime(prefs.quietEnd);
  const initial: PrefsForm = {
    email: prefs.email ?? '',
    emailEnabled: prefs.emailEnabled,
    mobile: prefs.mobile ?? '',
    robotEnabled: prefs.robotEnabled,
    quiet: start && end ? [start, end] : null,
  };
  const submit = (v: PrefsForm) =>
    save.mutate(
      {
        email: v.email.trim() || null,
        emailEnabled: v.emailEnabled,
        mobile: v.mobile.trim() || null,
        robotEnabled: v.robotEnabled,
        quietStart: v.quiet ? v.quiet[0].format('HH:mm') : null,
        quietEnd: v.quiet ? v.quiet[1].format('HH:mm') : null,
        version: prefs.version,
      },
      { onSuccess: () => void message.success('通知设置已保存') },
    );
  return (
    <Form<PrefsForm> layout="vertical" initialValues={initial} onFinish={submit} style={{ maxWidth: 480 }}>
      <Form.Item label="站内通知">
        <Typography.Text type="secondary">始终开启（右上角铃铛）</Typography.Text>
      </Form.Item>
      <Form.Item name="email" label="电子邮箱" rules={[{ type: 'email', message: '请填写正确的电子邮箱' }]}>
        <Input placeholder="name@example.gov.cn" autoComplete="email" />
      </Form.Item>
      <Form.Item name="emailEnabled" label="邮件提醒" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="mobile" label="手机号（群机器人 @ 您时使用）" rules={[{ pattern: /^1\d{10}$/, message: '手机号应为 11 位数字' }]}>
        <Input inputMode="numeric" maxLength={11} />
      </Form.Item>
      <Form.Item
        name="robotEnabled"
        label="单位群机器人提醒"
        valuePropName="checked"
        extra={
          prefs.unitRobots.length
            ? `本单位已配置：${prefs.unitRobots.map((r) => `${ROBOT_CHANNEL_LABELS[r.channel]}${r.enabled ? '' : '（停用）'}`).join('、')}`
            : '本单位尚未配置群机器人，请联系督查室。'
        }
      >
        <Switch />
      </Form.Item>
      <Form.Item name="quiet" label="免打扰时段（北京时间，期间的邮件和机器人消息顺延到结束时发送）">
        <TimePicker.RangePicker format="HH:mm" minuteStep={5} order={false} style={{ width: '100%' }} />
      </Form.Item>
      {save.isError && <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        保存
      </Button>
    </Form>
  );
}

/** 通知设置: e-mail on/off with an address, mobile for robot @, quiet hours. */
export default function NotificationSettingsPage() {
  const query = usePreferences();
  return (
    <Card size="small" title="通知设置">
      {query.isPending ? (
        <PageLoading />
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <PreferencesForm prefs={query.data} />
      )}
    </Card>
  );
}
