import { Alert, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../api/http-client';
import type { Target, TargetDirection, TargetInput, TargetKind } from '../../../contract/targets.contract';
import { DIRECTION_OPTIONS, KIND_OPTIONS } from './target-labels';
import { isVersionConflict, useTargetErrorNotice } from './use-target-error.hook';
import { useCreateTarget, useUpdateTarget } from './use-targets.query';

interface TargetFormValues {
  label: string;
  value: number;
  unit: string;
  kind: TargetKind;
  direction: TargetDirection;
  weight: number;
  dueDate: Dayjs | null;
  parentId: number | null;
}

interface TargetFormModalProps {
  projectId: number;
  /** null adds a new target */
  target: Target | null;
  /** top-level targets a new one may belong to (其中…) */
  parents: Target[];
  /** the project's deadline, the default 完成时限 of a new target */
  defaultDueDate: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}

function initialValues(target: Target | null, defaultDueDate: string): Partial<TargetFormValues> {
  if (!target) return { kind: 'quantity', direction: 'increase', weight: 1, dueDate: dayjs(defaultDueDate), parentId: null };
  return { ...target, dueDate: dayjs(target.dueDate) };
}

/** 编辑指标 / 添加指标. Mounted while open, so each opening starts from the stored values. */
export function TargetFormModal({ projectId, target, parents, defaultDueDate, onClose, onSaved }: TargetFormModalProps) {
  const [form] = Form.useForm<TargetFormValues>();
  const create = useCreateTarget(projectId);
  const update = useUpdateTarget();
  const mutation = target ? update : create;
  const notice = useTargetErrorNotice();

  const onError = (error: unknown) => {
    if (!isVersionConflict(error)) return;
    notice(error);
    onClose();
  };

  const submit = (values: TargetFormValues) => {
    const input: TargetInput = {
      label: values.label.trim(),
      value: values.value,
      unit: values.unit.trim(),
      kind: values.kind,
      direction: values.direction,
      weight: values.weight,
      dueDate: values.dueDate ? values.dueDate.format('YYYY-MM-DD') : undefined,
    };
    if (target) {
      update.mutate({ ...input, id: target.id, version: target.version }, { onSuccess: () => onSaved('指标已保存'), onError });
    } else {
      create.mutate({ ...input, parentId: values.parentId ?? null }, { onSuccess: () => onSaved('指标已添加'), onError });
    }
  };

  // A rate or an increase is a percentage: offer % when the unit is still empty.
  const onKindChange = (kind: TargetKind) => {
    if ((kind === 'rate' || kind === 'increase') && !form.getFieldValue('unit')) form.setFieldValue('unit', '%');
  };

  return (
    <Modal
      title={target ? `编辑指标：${target.label}` : '添加指标'}
      open
      okText="保存"
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {mutation.isError && !isVersionConflict(mutation.error) && (
        <Alert type="error" showIcon title={errorMessage(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<TargetFormValues>
        name="target-form"
        form={form}
        layout="vertical"
        initialValues={initialValues(target, defaultDueDate)}
        onFinish={submit}
        autoComplete="off"
      >
        <Form.Item label="指标名称" name="label" rules={[{ required: true, whitespace: true, message: '请输入指标名称' }]}>
          <Input placeholder="如：新改建充电桩" maxLength={100} />
        </Form.Item>
        <Form.Item label="目标值" required style={{ marginBottom: 0 }}>
          <div style={{ display: 'flex', gap: 8 }}>
            <Form.Item
              name="value"
              style={{ flex: 1 }}
              rules={[
                { required: true, message: '请输入目标值' },
                { type: 'number', min: 0, message: '目标值不能为负数' },
              ]}
            >
              <InputNumber style={{ width: '100%' }} placeholder="如：110" aria-label="目标值" />
            </Form.Item>
            <Form.Item name="unit" style={{ width: 110 }} rules={[{ required: true, whitespace: true, message: '请输入单位' }]}>
              <Input placeholder="单位，如 座" aria-label="单位" maxLength={10} />
            </Form.Item>
          </div>
        </Form.Item>
        <Form.Item label="类型" name="kind" rules={[{ required: true, message: '请选择类型' }]}>
          <Select options={KIND_OPTIONS} onChange={onKindChange} />
        </Form.Item>
        <Form.Item label="方向" name="direction">
          <Radio.Group options={DIRECTION_OPTIONS} optionType="button" />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
          <Form.Item label="权重" name="weight" style={{ flex: '1 1 120px' }} extra="计算项目进度时的比重，默认 1">
            <InputNumber style={{ width: '100%' }} step={0.5} min={0.1} />
          </Form.Item>
          <Form.Item label="完成时限" name="dueDate" style={{ flex: '1 1 160px' }}>
            <DatePicker style={{ width: '100%' }} format="YYYY年M月D日" inputReadOnly />
          </Form.Item>
        </div>
        {!target && parents.length > 0 && (
          <Form.Item label="所属指标" name="parentId" extra="原文写作“其中……”的子指标，请选择它所属的指标">
            <Select allowClear placeholder="无（独立指标）" options={parents.map((parent) => ({ value: parent.id, label: parent.label }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
