import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, Modal, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import type { Finding } from '../../../contract/inspections.contract';
import { errorMessage } from '../../api/http-client';
import { formatDate } from '../../components/date-format.util';
import { SEVERITY_COLORS } from './inspection-labels';
import { PhotoPicker, PhotoThumbs, locationCaption } from './photo-picker.component';
import { RectificationSection } from './rectification-section.component';
import { deleteInspectionPhoto, inspectionKeys, uploadInspectionPhoto, useRequestRectification } from './use-inspections.query';

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
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [requesting, setRequesting] = useState(false);
  const [uploading, setUploading] = useState(0);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: inspectionKeys.all });
  const upload = async (files: File[]) => {
    for (const file of files) {
      setUploading((n) => n + 1);
      try {
        await uploadInspectionPhoto({ findingId: finding.id }, file);
      } catch (error) {
        void message.error(`${file.name}：${errorMessage(error)}`);
      } finally {
        setUploading((n) => n - 1);
        refresh();
      }
    }
  };
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
      <PhotoThumbs
        items={finding.photos.map((p) => ({ key: p.id, src: p.thumbUrl ?? p.url, full: p.url, name: p.fileName, location: locationCaption(p) }))}
        onRemove={
          finding.permissions.canAddPhoto
            ? (key) => void deleteInspectionPhoto(Number(key)).then(refresh, (e) => void message.error(errorMessage(e)))
            : undefined
        }
      />
      {(finding.permissions.canAddPhoto || finding.permissions.canRequestRectification) && (
        <Flex wrap gap={8} style={{ marginTop: 8 }}>
          {finding.permissions.canAddPhoto && (
            <PhotoPicker
              testId={`finding-${finding.id}-photo-input`}
              loading={uploading > 0}
              onTooLarge={(name) => void message.error(`${name}：照片超过 10 MB`)}
              onFiles={(files) => void upload(files)}
            />
          )}
          {finding.permissions.canRequestRectification && <Button onClick={() => setRequesting(true)}>下发整改要求</Button>}
        </Flex>
      )}
      {finding.rectification && <RectificationSection r={finding.rectification} />}
      <RequestModal finding={finding} open={requesting} onClose={() => setRequesting(false)} />
    </Card>
  );
}
