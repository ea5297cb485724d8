import { useState } from 'react';
import { Alert, App, Button, Descriptions, Flex, Form, Input, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import type { Rectification } from '../../../contract/inspections.contract';
import { errorMessage } from '../../api/http-client';
import { formatDate, formatDateTime } from '../../components/date-format.util';
import { rectificationTag } from './inspection-labels';
import { PhotoPicker, PhotoThumbs } from './photo-picker.component';
import { photoThumbItems, useInspectionPhotos } from './use-inspection-photos';
import { useRespondRectification, useReviewRectification } from './use-inspections.query';

/** 提交整改情况: what was done (required) and photos of the result, sent at once to the rectification. */
function RespondModal({ r, open, onClose }: { r: Rectification; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const respond = useRespondRectification(r.id);
  const [form] = Form.useForm<{ evidence: string }>();
  const photos = useInspectionPhotos({ rectificationId: r.id });
  return (
    <Modal
      title="提交整改情况"
      open={open}
      okText="提交复核"
      cancelText="取消"
      confirmLoading={respond.isPending}
      okButtonProps={{ disabled: photos.uploading }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width="min(520px, calc(100vw - 16px))"
    >
      {respond.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(respond.error)} />}
      <Typography.Paragraph type="secondary">整改要求：{r.requirement}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) =>
          respond.mutate(
            { evidence: v.evidence.trim(), version: r.version },
            {
              onSuccess: () => {
                void message.success('整改情况已提交，等待督查室复核');
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="evidence" label="整改情况" rules={[{ required: true, whitespace: true, message: '请填写整改情况：做了哪些整改、现在的状况' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} placeholder="如：已完成接电，2 座充电桩于6月25日投入使用" />
        </Form.Item>
        <Form.Item label="整改照片（可选）">
          <PhotoPicker testId="rectification-photo-input" {...photos.picker} />
          <div style={{ marginTop: 8 }}>
            <PhotoThumbs items={photoThumbItems(r.photos)} onRemove={photos.remove} />
          </div>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 退回: the 督查室 says what is still missing (required). */
function ReturnModal({ r, open, onClose }: { r: Rectification; open: boolean; onClose: () => void }) {
  const review = useReviewRectification(r.id);
  const [form] = Form.useForm<{ comment: string }>();
  return (
    <Modal
      title="退回整改"
      open={open}
      okText="退回"
      cancelText="取消"
      confirmLoading={review.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {review.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(review.error)} />}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) => review.mutate({ accept: false, comment: v.comment.trim(), version: r.version }, { onSuccess: onClose })}
      >
        <Form.Item name="comment" label="退回原因" rules={[{ required: true, whitespace: true, message: '请写明退回原因和需要补充整改的内容' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A finding's 整改要求: state (逾期 in red), requirement, deadline, the unit's evidence and the review; buttons by `permissions`. */
export function RectificationSection({ r }: { r: Rectification }) {
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'respond' | 'return' | null>(null);
  const review = useReviewRectification(r.id);
  const tag = rectificationTag(r);
  return (
    <div style={{ background: '#fafafa', borderRadius: 6, padding: 8, marginTop: 8 }} data-testid={`rectification-${r.id}`}>
      <Flex wrap gap={4} align="center" style={{ marginBottom: 4 }}>
        <Typography.Text strong>整改要求</Typography.Text>
        <Tag color={tag.color}>{tag.label}</Tag>
        <Typography.Text type={r.isOverdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          {formatDate(r.deadline)}前 · {r.unitName}
        </Typography.Text>
      </Flex>
      <Descriptions
        column={1}
        size="small"
        styles={{ label: { width: 72 } }}
        items={[
          { key: 'req', label: '要求', children: <span style={{ whiteSpace: 'pre-wrap' }}>{r.requirement}</span> },
          ...(r.evidence ? [{ key: 'ev', label: '整改情况', children: <span style={{ whiteSpace: 'pre-wrap' }}>{r.evidence}</span> }] : []),
          ...(r.respondedAt ? [{ key: 'resp', label: '提交', children: `${r.respondedBy ?? ''}，${formatDateTime(r.respondedAt)}` }] : []),
          ...(r.reviewComment || r.reviewedAt
            ? [{ key: 'rev', label: '复核', children: `${r.reviewComment ?? '通过'}（${r.reviewedBy ?? ''}，${formatDateTime(r.reviewedAt)}）` }]
            : []),
        ]}
      />
      <PhotoThumbs items={photoThumbItems(r.photos)} />
      <Space wrap style={{ marginTop: 8 }}>
        {r.permissions.canRespond && (
          <Button type="primary" size="small" onClick={() => setDialog('respond')}>
            提交整改情况
          </Button>
        )}
        {r.permissions.canAccept && (
          <Popconfirm
            title="确认整改到位，销号？"
            okText="销号"
            cancelText="取消"
            onConfirm={() =>
              review.mutate(
                { accept: true, version: r.version },
                { onSuccess: () => void message.success('已销号'), onError: (e) => void message.error(errorMessage(e)) },
              )
            }
          >
            <Button type="primary" size="small" loading={review.isPending}>
              复核通过
            </Button>
          </Popconfirm>
        )}
        {r.permissions.canReturn && (
          <Button size="small" danger onClick={() => setDialog('return')}>
            退回
          </Button>
        )}
      </Space>
      <RespondModal r={r} open={dialog === 'respond'} onClose={() => setDialog(null)} />
      <ReturnModal r={r} open={dialog === 'return'} onClose={() => setDialog(null)} />
    </div>
  );
}
