import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Modal, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router-dom';
import type { Finding } from '../../../contract/inspections.contract';
import { errorMessage } from '../../api/http-client';
import { formatDate } from '../../components/date-format.util';
import { SEVERITY_COLORS } from './inspection-labels';
import { PhotoPicker, PhotoThumbs } from './photo-picker.component';
import { RectificationSection } from './rectification-section.component';
import { photoThumbItems, useInspectionPhotos } from './use-inspection-photos';
import { useRequestRectification } from './use-inspections.query';

/** 下发整改要求 for a finding recorded without one. */
function RequestModal({ finding, open, onClose }: { finding: Finding; open: boolean; onClose: () => void }) {
  const request = useRequestRectification(finding.id);
  const [form] = Form.useForm<{ requirement: string; deadline?: Dayjs }>();
  return (
    <Modal
      title="下发整改要求"
      open={open}
      okText="下发"
      cancelText="取消"
      confirmLoading={request.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {request.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(request.error)} />}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) =>
          request.mutate({ requirement: v.requirement.trim(), deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null }, { onSuccess: onClose })
        }
      >
        <Form.Item name="requirement" label="整改要求" rules={[{ required: true, whitespace: true, message: '请填写整改要求' }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="deadline" label="整改期限" rules={[{ required: true, message: '请选择整改期限' }]}>
          <DatePicker style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** One finding: project, severity, what was seen, site photos (with where they were taken), and its 整改要求. */
export function FindingCard({
  finding,
  showProject = true,
  showInspection = false,
  planId,
}: {
  finding: Finding;
  showProject?: boolean;
  showInspection?: boolean;
  planId?: number;
}) {
  const [requesting, setRequesting] = useState(false);
  const photos = useInspectionPhotos({ findingId: finding.id });
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid={`finding-${finding.id}`}>
      <Flex wrap gap={4} align="center" style={{ marginBottom: 4 }}>
        <Tag color={SEVERITY_COLORS[finding.severity]}>{finding.severityLabel}</Tag>
        {showProject && <Link to={`/projects/${finding.project.id}`}>{`${finding.project.seq}. ${finding.project.name}`}</Link>}
        {showInspection &&
          (planId ? (
            <Link to={`/plans/${planId}/inspections?inspection=${finding.inspectionId}`}>{formatDate(finding.inspectionDate)}督导检查</Link>
          ) : (
            <Typography.Text type="secondary">{formatDate(finding.inspectionDate)}督导检查</Typography.Text>
          ))}
      </Flex>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }}>{finding.description}</Typography.Paragraph>
      <PhotoThumbs items={photoThumbItems(finding.photos)} onRemove={finding.permissions.canAddPhoto ? photos.remove : undefined} />
      {(finding.permissions.canAddPhoto || finding.permissions.canRequestRectification) && (
        <Flex wrap gap={8} style={{ marginTop: 8 }}>
          {finding.permissions.canAddPhoto && <PhotoPicker testId={`finding-${finding.id}-photo-input`} {...photos.picker} />}
          {finding.permissions.canRequestRectification && <Button onClick={() => setRequesting(true)}>下发整改要求</Button>}
        </Flex>
      )}
      {finding.rectification && <RectificationSection r={finding.rectification} />}
      <RequestModal finding={finding} open={requesting} onClose={() => setRequesting(false)} />
    </Card>
  );
}
