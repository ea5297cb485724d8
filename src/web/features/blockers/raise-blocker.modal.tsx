import { Alert, App, Form, Input, Modal, Select } from 'antd';
import type { BlockerDetail, BlockerKind } from '../../../contract/blockers.contract';
import { errorMessage } from '../../api/http-client';
import { BLOCKER_KIND_LABELS } from './blocker-labels';
import { useRaiseBlocker } from './use-blockers.query';

interface Values {
  kind: BlockerKind;
  description: string;
  neededFrom?: string;
}

const KIND_OPTIONS = (Object.keys(BLOCKER_KIND_LABELS) as BlockerKind[]).map((value) => ({ value, label: BLOCKER_KIND_LABELS[value] }));

interface Props {
  projectId: number;
  open: boolean;
  onClose: () => void;
  /** the weekly update it is raised from (周台账), when there is one */
  updateId?: number | null;
  /** prefills 问题描述, e.g. with the week's 存在问题 */
  initialDescription?: string;
  onRaised?: (blocker: BlockerDetail) => void;
}

/** 反映堵点: kind, description and what is needed from whom, raised by the project's lead unit. */
export function RaiseBlockerModal({ projectId, open, onClose, updateId, initialDescription, onRaised }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const raise = useRaiseBlocker(projectId);

  const submit = (values: Values) =>
    raise.mutate(
      { kind: values.kind, description: values.description.trim(), neededFrom: values.neededFrom?.trim() || null, updateId: updateId ?? null },
      {
        onSuccess: (blocker) => {
          void message.success('堵点已反映');
          form.resetFields();
          onClose();
          onRaised?.(blocker);
        },
      },
    );

  return (
    <Modal
      title="反映堵点卡点"
      open={open}
      okText="提交"
      cancelText="取消"
      confirmLoading={raise.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(visible) => visible && raise.reset()}
      destroyOnHidden
    >
      {raise.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(raise.error)} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'approval', description: initialDescription }}>
        <Form.Item name="kind" label="类型" rules={[{ required: true, message: '请选择类型' }]}>
          <Select options={KIND_OPTIONS} />
        </Form.Item>
        <Form.Item name="description" label="问题描述" rules={[{ required: true, whitespace: true, message: '请描述遇到的堵点卡点' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="neededFrom" label="需要谁提供什么支持">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder="如：市自然资源和规划局经开区分局 加快办理用地预审" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
