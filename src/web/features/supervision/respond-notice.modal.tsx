import { Alert, Form, Input, Modal } from 'antd';
import { errorMessage } from '../../api/http-client';

interface Values {
  response: string;
  evidence: string;
}

/** 反馈办理情况: what was done and the evidence for it (both required, as the server requires). */
export function RespondNoticeModal(props: { open: boolean; pending: boolean; error: unknown; onSubmit: (values: Values) => void; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  return (
    <Modal
      title="反馈办理情况"
      open={props.open}
      okText="提交反馈"
      cancelText="取消"
      confirmLoading={props.pending}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {props.error != null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(props.error)} />}
      <Form form={form} layout="vertical" preserve={false} onFinish={(v) => props.onSubmit({ response: v.response.trim(), evidence: v.evidence.trim() })}>
        <Form.Item name="response" label="办理情况" rules={[{ required: true, whitespace: true, message: '请填写办理情况' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} placeholder="如：已完成选址12处，开工8处，7月底前全部开工" />
        </Form.Item>
        <Form.Item
          name="evidence"
          label="佐证材料说明"
          rules={[{ required: true, whitespace: true, message: '请填写佐证材料说明，没有佐证材料不能反馈' }]}
          extra="照片、文件请在详情中“上传佐证材料”"
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} placeholder="如：现场照片6张、开工令2份" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
