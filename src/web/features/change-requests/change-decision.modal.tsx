import { Alert, Form, Input, Modal, Typography } from 'antd';
import { errorMessage } from '../../api/http-client';
import type { ChangeRequest } from '../../../contract/targets.contract';
import { changeSummary } from '../targets/change-format.util';
import { useDecideChange } from '../targets/use-targets.query';
import type { ChangeItemInfo } from './use-change-items.query';

interface ChangeDecisionModalProps {
  change: ChangeRequest;
  decision: 'approve' | 'reject';
  item: ChangeItemInfo;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** 批准 (reason optional) or 驳回 (reason required) one change request. */
export function ChangeDecisionModal({ change, decision, item, onClose, onDone }: ChangeDecisionModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const decide = useDecideChange();
  const isReject = decision === 'reject';

  const submit = ({ reason }: { reason: string }) => {
    decide.mutate(
      { id: change.id, decision, reason: reason.trim() || undefined },
      { onSuccess: () => onDone(isReject ? '已驳回该变更申请' : '已批准，变更已生效') },
    );
  };

  return (
    <Modal
      title={isReject ? '驳回变更申请' : '批准变更申请'}
      open
      okText={isReject ? '驳回' : '批准'}
      okButtonProps={{ danger: isReject }}
      confirmLoading={decide.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph>
        {change.projectSeq ?? ''}. {change.projectName ?? ''} · {item.name}
        <br />
        {changeSummary(change, item.unit)}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">申请理由：{change.reason}</Typography.Paragraph>
      {decide.isError && <Alert type="error" showIcon title={errorMessage(decide.error)} style={{ marginBottom: 16 }} />}
      <Form name="change-decision" form={form} layout="vertical" initialValues={{ reason: '' }} onFinish={submit}>
        <Form.Item
          label={isReject ? '驳回理由' : '审批意见（可选）'}
          name="reason"
          rules={isReject ? [{ required: true, whitespace: true, message: '请填写驳回理由' }] : []}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
