import { Alert, Form, Input, Modal } from 'antd';
import { errorMessage } from '../../api/http-client';

export interface BlockerTextModalProps {
  open: boolean;
  title: string;
  /** the field's label, e.g. 解决情况 */
  label: string;
  requiredMessage: string;
  okText: string;
  placeholder?: string;
  pending: boolean;
  /** the server's refusal, shown in its own words */
  error: unknown;
  onSubmit: (text: string) => void;
  onClose: () => void;
}

/** One required text and a submit: 解决情况, 关闭原因, 答复内容. */
export function BlockerTextModal({ open, title, label, requiredMessage, okText, placeholder, pending, error, onSubmit, onClose }: BlockerTextModalProps) {
  const [form] = Form.useForm<{ text: string }>();
  return (
    <Modal title={title} open={open} okText={okText} cancelText="取消" confirmLoading={pending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {error != null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(error)} />}
      <Form form={form} layout="vertical" onFinish={(values) => onSubmit(values.text.trim())} preserve={false}>
        <Form.Item name="text" label={label} rules={[{ required: true, whitespace: true, message: requiredMessage }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} placeholder={placeholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
