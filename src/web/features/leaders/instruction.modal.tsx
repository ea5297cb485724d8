import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { errorMessage } from '../../api/http-client';
import { useCreateInstruction } from './use-instructions.query';

/** What the instruction is about: the project itself, one of its blockers or one of its weekly updates. */
export interface InstructionSubject {
  projectId: number;
  /** shown under the title, e.g. "2. 新改建充电桩" or the blocker's description */
  caption: string;
  blockerId?: number;
  updateId?: number;
}

/** 批示: a leader writes an instruction; it becomes a task the lead unit answers with evidence. */
export function InstructionModal({ subject, onClose }: { subject: InstructionSubject | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const create = useCreateInstruction(subject?.projectId ?? 0);

  const submit = ({ text }: { text: string }) => {
    if (!subject) return;
    create.mutate(
      { text: text.trim(), ...(subject.blockerId ? { blockerId: subject.blockerId } : {}), ...(subject.updateId ? { updateId: subject.updateId } : {}) },
      {
        onSuccess: () => {
          void message.success('批示已发送，主办单位将答复办理情况');
          form.resetFields();
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      title={subject?.blockerId ? '对堵点作出批示' : subject?.updateId ? '对周台账作出批示' : '作出批示'}
      open={subject !== null}
      okText="发送批示"
      cancelText="取消"
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        create.reset();
        onClose();
      }}
      destroyOnHidden
      forceRender
    >
      {subject && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }}>
          {subject.caption}
        </Typography.Paragraph>
      )}
      {create.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(create.error)} />}
      <Form form={form} layout="vertical" onFinish={submit} name="instruction">
        <Form.Item name="text" label="批示内容" rules={[{ required: true, whitespace: true, message: '请填写批示内容' }]}>
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 10 }}
            maxLength={5000}
            placeholder="如：请自然资源分局本周内完成用地预审，主办单位月底前报告进展。"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
