import { Alert, DatePicker, Form, Input, InputNumber, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../api/http-client';
import type { Milestone, MilestoneChanges, Target, TargetChanges } from '../../../contract/targets.contract';
import { formatTargetValue } from './target-labels';
import { useRequestChange } from './use-targets.query';

/** The item a change is requested for. */
export type ChangeItem = { type: 'target'; target: Target } | { type: 'milestone'; milestone: Milestone };

interface ChangeFormValues {
  label: string;
  value: number;
  unit: string;
  title: string;
  dueDate: Dayjs | null;
  reason: string;
}

function dateText(value: Dayjs | null): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

/** Only the fields the user actually changed go into the request. */
function targetChanges(target: Target, values: ChangeFormValues): TargetChanges {
  const changes: TargetChanges = {};
  if (values.label.trim() !== target.label) changes.label = values.label.trim();
  if (values.value !== target.value) changes.value = values.value;
  if (values.unit.trim() !== target.unit) changes.unit = values.unit.trim();
  const dueDate = dateText(values.dueDate);
  if (dueDate && dueDate !== target.dueDate) changes.dueDate = dueDate;
  return changes;
}

function milestoneChanges(milestone: Milestone, values: ChangeFormValues): MilestoneChanges {
  const changes: MilestoneChanges = {};
  if (values.title.trim() !== milestone.title) changes.title = values.title.trim();
  const dueDate = dateText(values.dueDate);
  if (dueDate !== milestone.dueDate) changes.dueDate = dueDate;
  return changes;
}

function initialValues(item: ChangeItem): Partial<ChangeFormValues> {
  if (item.type === 'target') {
    const { label, value, unit, dueDate } = item.target;
    return { label, value, unit, dueDate: dayjs(dueDate), reason: '' };
  }
  const { title, dueDate } = item.milestone;
  return { title, dueDate: dueDate ? dayjs(dueDate) : null, reason: '' };
}

/** 申请变更: after the lock a target or milestone changes only through a request the 督查室 approves. */
export function ChangeRequestModal({ item, onClose, onSaved }: { item: ChangeItem; onClose: () => void; onSaved: (message: string) => void }) {
  const [form] = Form.useForm<ChangeFormValues>();
  const request = useRequestChange();

  const submit = (values: ChangeFormValues) => {
    const reason = values.reason.trim();
    const input =
      item.type === 'target'
        ? { itemType: 'target' as const, id: item.target.id, changes: targetChanges(item.target, values), reason }
        : { itemType: 'milestone' as const, id: item.milestone.id, changes: milestoneChanges(item.milestone, values), reason };
    if (Object.keys(input.changes).length === 0) {
      form.setFields([{ name: 'reason', errors: ['内容没有变化：请先修改要变更的数值或日期'] }]);
      return;
    }
    request.mutate(input, { onSuccess: () => onSaved('变更申请已提交，等待督查室审批') });
  };

  const current = item.type === 'target' ? `${item.target.label} ${formatTargetValue(item.target)}` : item.milestone.title;

  return (
    <Modal title="申请变更" open okText="提交申请" confirmLoading={request.isPending} onOk={() => form.submit()} onCancel={onClose}>
      <Typography.Paragraph type="secondary">基线已锁定。当前承诺：{current}。变更经督查室批准后生效，原承诺将一直并列显示。</Typography.Paragraph>
      {request.isError && <Alert type="error" showIcon title={errorMessage(request.error)} style={{ marginBottom: 16 }} />}
      <Form<ChangeFormValues> name="change-request" form={form} layout="vertical" initialValues={initialValues(item)} onFinish={submit} autoComplete="off">
        {item.type === 'target' ? (
          <>
            <Form.Item label="指标名称" name="label" rules={[{ required: true, whitespace: true, message: '请输入指标名称' }]}>
              <Input maxLength={100} />
            </Form.Item>
            <div style={{ display: 'flex', gap: 8 }}>
              <Form.Item
                label="新目标值"
                name="value"
                style={{ flex: 1 }}
                rules={[
                  { required: true, message: '请输入目标值' },
                  { type: 'number', min: 0, message: '目标值不能为负数' },
                ]}
              >
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item label="单位" name="unit" style={{ width: 110 }} rules={[{ required: true, whitespace: true, message: '请输入单位' }]}>
                <Input maxLength={10} />
              </Form.Item>
            </div>
          </>
        ) : (
          <Form.Item label="节点名称" name="title" rules={[{ required: true, whitespace: true, message: '请输入节点名称' }]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={200} />
          </Form.Item>
        )}
        <Form.Item label={item.type === 'target' ? '完成时限' : '计划完成日期'} name="dueDate">
          <DatePicker style={{ width: '100%' }} format="YYYY年M月D日" inputReadOnly />
        </Form.Item>
        <Form.Item
          label="变更理由"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: '请填写变更理由' },
            { min: 4, message: '请填写变更理由（至少 4 个字），说明为什么需要变更' },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 6 }}
            maxLength={500}
            showCount
            placeholder="说明为什么需要变更，如：受用地审批影响，部分点位调整到明年建设"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
