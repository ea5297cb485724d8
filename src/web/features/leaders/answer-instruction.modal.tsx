import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import type { Instruction } from '../../../contract/leaders.contract';
import { errorMessage } from '../../api/http-client';
import { useAnswerInstruction } from './use-instructions.query';

interface Values {
  text: string;
  evidence: string;
}

/** 答复: the lead unit reports what it did on an instruction, with the evidence (both required). */
export function AnswerInstructionModal({ instruction, onClose }: { instruction: Instruction | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const answer = useAnswerInstruction();

  const submit = (values: Values) => {
    if (!instruction) return;
    answer.mutate(
      { id: instruction.id, text: values.text.trim(), evidence: values.evidence.trim(), version: instruction.version },
      {
        onSuccess: () => {
          void message.success('答复已提交');
          form.resetFields();
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      title="答复批示"
      open={instruction !== null}
      okText="提交答复"
      cancelText="取消"
      confirmLoading={answer.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        answer.reset();
        onClose();
      }}
      destroyOnHidden
      forceRender
    >
      {instruction && (
        <Typography.Paragraph type="secondary" className="ms-pre-wrap">
          {instruction.authorName} 批示：{instruction.text}
        </Typography.Paragraph>
      )}
      {answer.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(answer.error)} />}
      <Form form={form} layout="vertical" onFinish={submit} name="instruction-answer">
        <Form.Item name="text" label="办理情况" rules={[{ required: true, whitespace: true, message: '请填写办理情况：落实了什么、怎样落实的' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="evidence" label="佐证材料" rules={[{ required: true, whitespace: true, message: '请填写佐证材料（文件名、照片或说明）' }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} placeholder="如：协调会纪要（2024年6月7日）、用地预审批复文号" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
