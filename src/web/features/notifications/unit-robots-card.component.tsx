import { Alert, App, Button, Card, Descriptions, Form, Input, Switch, TimePicker, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorMessage } from '../../api/http-client';
import { ROBOT_CHANNEL_LABELS } from '../../../contract/notifications.contract';
import type { RobotChannel, UnitRobotSettings } from '../../../contract/notifications.contract';
import { useSaveUnitRobot, useUnitRobots } from './use-notifications.query';

type Robot = UnitRobotSettings['robots'][number];

interface RobotForm {
  webhook: string;
  secret: string;
  enabled: boolean;
  quiet: [Dayjs, Dayjs] | null;
}

function RobotEditor({ unitId, robot, onDone }: { unitId: number; robot: Robot; onDone: () => void }) {
  const { message } = App.useApp();
  const save = useSaveUnitRobot(unitId);
  const submit = (v: RobotForm) =>
    save.mutate(
      {
        channel: robot.channel,
        enabled: v.enabled,
        ...(v.webhook.trim() ? { webhook: v.webhook.trim() } : {}),
        ...(robot.channel === 'dingtalk' && v.secret.trim() ? { secret: v.secret.trim() } : {}),
        quietStart: v.quiet ? v.quiet[0].format('HH:mm') : null,
        quietEnd: v.quiet ? v.quiet[1].format('HH:mm') : null,
      },
      {
        onSuccess: () => {
          void message.success(`${ROBOT_CHANNEL_LABELS[robot.channel]}已保存`);
          onDone();
        },
      },
    );
  return (
    <Form<RobotForm>
      layout="vertical"
      initialValues={{ webhook: '', secret: '', enabled: robot.configured ? robot.enabled : true, quiet: null }}
      onFinish={submit}
    >
      <Form.Item
        name="webhook"
        label="Webhook 地址（https）"
        extra={robot.configured ? '留空则保留原地址' : undefined}
        rules={robot.configured ? [] : [{ required: true, message: '请填写 Webhook 地址' }]}
      >
        <Input
          placeholder={
            robot.channel === 'dingtalk' ? 'https://oapi.dingtalk.com/robot/send?access_token=…' : 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…'
          }
        />
      </Form.Item>
      {robot.channel === 'dingtalk' && (
        <Form.Item name="secret" label="加签密钥（SEC 开头）" extra={robot.hasSecret ? '已保存密钥；留空则保留' : '在钉钉机器人安全设置中选择“加签”后复制'}>
          <Input.Password autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item name="enabled" label="启用" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="quiet" label="群免打扰时段（北京时间）">
        <TimePicker.RangePicker format="HH:mm" minuteStep={5} order={false} style={{ width: '100%' }} />
      </Form.Item>
      {save.isError && <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginInlineEnd: 8 }}>
        保存
      </Button>
      <Button onClick={onDone}>取消</Button>
    </Form>
  );
}

/** 群机器人: the unit's 钉钉 / 企业微信 robots, masked; the 督查室 and admin edit them. */
export function UnitRobotsCard({ unitId }: { unitId: number }) {
  const query = useUnitRobots(unitId);
  const [editing, setEditing] = useState<RobotChannel | null>(null);
  if (!query.data) return null;
  const { robots, permissions } = query.data;
  return (
    <Card size="small" title="群机器人提醒" style={{ marginTop: 16 }} data-testid="unit-robots">
      {robots.map((r) => (
        <div key={r.channel} style={{ marginBottom: 12 }}>
          <Typography.Text strong>{ROBOT_CHANNEL_LABELS[r.channel]}</Typography.Text>
          {editing === r.channel ? (
            <RobotEditor unitId={unitId} robot={r} onDone={() => setEditing(null)} />
          ) : (
            <Descriptions size="small" column={1} style={{ marginTop: 4 }}>
              <Descriptions.Item label="状态">{r.configured ? (r.enabled ? '已启用' : '已停用') : '未配置'}</Descriptions.Item>
              {r.configured && (
                <Descriptions.Item label="地址">
                  <span style={{ wordBreak: 'break-all' }}>{r.webhookMasked}</span>
                </Descriptions.Item>
              )}
              {r.channel === 'dingtalk' && r.configured && <Descriptions.Item label="加签">{r.hasSecret ? '已设置' : '未设置'}</Descriptions.Item>}
              {r.quietStart && <Descriptions.Item label="免打扰">{`${r.quietStart}–${r.quietEnd}`}</Descriptions.Item>}
            </Descriptions>
          )}
          {permissions.canEdit && editing !== r.channel && (
            <Button size="small" onClick={() => setEditing(r.channel)}>
              {r.configured ? '修改' : '设置'}
            </Button>
          )}
        </div>
      ))}
    </Card>
  );
}
