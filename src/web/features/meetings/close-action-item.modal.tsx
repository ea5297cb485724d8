import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import type { ActionItem } from '../../../contract/meetings.contract';
import { errorMessage } from '../../api/http-client';
import { useCloseActionItem } from './use-meetings.query';

/** 办结交办事项: asks for 办结情况/佐证; the server refuses an empty one and its message is shown. */
export function CloseActionItemModal({ item, onClose }: { item: ActionItem | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ evidence: string }>();
  const close = useCloseActionItem();

  const submit = ({ evidence }: { evidence: string }) => {
    if (!item) return;
    close.mutate(
      { id: item.id, evidence, version: item.version },
      {
        onSuccess: () => {
          void message.success('交办事项已办结');
          close.reset();
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      title="办结交办事项"
      open={item !== null}
      okText="确认办结"
      cancelText="取消"
      confirmLoading={close.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        close.reset();
        onClose();
      }}
      destroyOnHidden
    >
      {item && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
          {item.title}
          <Typography.Text type="secondary">（{item.ownerUnitName}）</Typography.Text>
        </Typography.Paragraph>
      )}
      {close.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={errorMessage(close.error)} />}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="evidence" label="办结情况/佐证" rules={[{ required: true, message: '请填写办结情况和佐证材料说明' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} placeholder="如：已完成电力接入，供电公司回函见附件" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
