import { Alert, Form, Input, Modal } from 'antd';
import { errorMessage } from '../../api/http-client';

/** A modal asking for one required text (不予公开的原因, 答复, 处理情况); the server's refusal shows above it. */
export function TextEntryModal(props: {
  title: string;
  label: string;
  placeholder: string;
  requiredMessage: string;
  initial?: string;
  maxLength: number;
  open: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (text: string) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ text: string }>();
  return (
    <Modal
      title={props.title}
      open={props.open}
      okText="提交"
      cancelText="取消"
      confirmLoading={props.pending}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {props.error != null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(props.error)} />}
      <Form form={form} layout="vertical" preserve={false} initialValues={{ text: props.initial ?? '' }} onFinish={(v) => props.onSubmit(v.text.trim())}>
        <Form.Item name="text" label={props.label} rules={[{ required: true, whitespace: true, message: props.requiredMessage }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={props.maxLength} showCount placeholder={props.placeholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
