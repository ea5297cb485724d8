import { Alert, DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../api/http-client';
import { beijingToday } from './supervision-labels';

interface Values {
  outcome: 'close' | 'return';
  comment?: string;
  deadline?: Dayjs | null;
}

/** 复核: 办结, or 退回 with a reason (required) and optionally a new deadline. */
export function ReviewNoticeModal(props: {
  open: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (values: { outcome: 'close' | 'return'; comment: string; deadline: string | null }) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const outcome = Form.useWatch('outcome', form) ?? 'close';
  return (
    <Modal
      title="复核督办单"
      open={props.open}
      okText="确定"
      cancelText="取消"
      confirmLoading={props.pending}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {props.error != null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(props.error)} />}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ outcome: 'close' }}
        onFinish={(v) =>
          props.onSubmit({ outcome: v.outcome, comment: (v.comment ?? '').trim(), deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null })
        }
      >
        <Form.Item name="outcome" label="复核结果">
          <Radio.Group
            options={[
              { value: 'close', label: '办结' },
              { value: 'return', label: '退回重办' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="comment"
          label={outcome === 'return' ? '退回原因' : '复核意见'}
          rules={outcome === 'return' ? [{ required: true, whitespace: true, message: '请写明退回原因和需要补充整改的内容' }] : []}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={5000}
            placeholder={outcome === 'return' ? '如：请补充开工令扫描件' : '如：整改到位，同意办结'}
          />
        </Form.Item>
        {outcome === 'return' && (
          <Form.Item name="deadline" label="新的办理期限（不改可不填）">
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') < beijingToday()} inputReadOnly />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
