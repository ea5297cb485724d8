import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import type { FindingSeverity } from '../../../contract/inspections.contract';
import { ApiError, errorMessage } from '../../api/http-client';
import { FINDING_SEVERITIES, FINDING_SEVERITY_LABELS } from './inspection-labels';
import { PhotoPicker, PhotoThumbs } from './photo-picker.component';
import { inspectionKeys, uploadInspectionPhoto, useCreateFinding } from './use-inspections.query';

interface Values {
  projectId: number;
  severity: FindingSeverity;
  description: string;
  withRectification: boolean;
  requirement?: string;
  deadline?: Dayjs;
}

interface Props {
  inspectionId: number;
  open: boolean;
  projectOptions: { value: number; label: string }[];
  onClose: () => void;
}

/** A chosen photo before the finding exists: the file and its local preview. */
interface Pending {
  key: string;
  file: File;
  url: string;
}

/**
 * 记录问题 on site: the project, how serious, what was seen, photos from the phone camera, and optionally the
 * 整改要求 (requirement and deadline) saved with it. The finding is saved first, then the photos are sent.
 */
export function FindingFormModal({ inspectionId, open, projectOptions, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateFinding(inspectionId);
  const queryClient = useQueryClient();
  const [photos, setPhotos] = useState<Pending[]>([]);
  const [uploading, setUploading] = useState(false);
  const withRectification = Form.useWatch('withRectification', form);

  useEffect(() => {
    if (!open)
      setPhotos((list) => {
        for (const p of list) URL.revokeObjectURL(p.url);
        return [];
      });
  }, [open]);

  const submit = (v: Values) => {
    create.mutate(
      {
        projectId: v.projectId,
        severity: v.severity,
        description: v.description.trim(),
        rectification: v.withRectification ? { requirement: v.requirement?.trim() ?? '', deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null } : null,
      },
      {
        onSuccess: async (finding) => {
          setUploading(true);
          let failed = 0;
          for (const p of photos) {
            try {
              await uploadInspectionPhoto({ findingId: finding.id }, p.file);
            } catch (error) {
              failed++;
              void message.error(`${p.file.name}：${errorMessage(error)}`);
            }
          }
          setUploading(false);
          // the photos arrived after the finding: show them
          void queryClient.invalidateQueries({ queryKey: inspectionKeys.all });
          create.reset();
          if (failed === 0) void message.success(v.withRectification ? '问题已记录，整改要求已下发' : '问题已记录');
          onClose();
        },
        onError: (error) => {
          const field = error instanceof ApiError ? (error.details as { field?: string } | undefined)?.field : undefined;
          if (field) form.setFields([{ name: field as keyof Values, errors: [error.message] }]);
        },
      },
    );
  };

  return (
    <Modal
      title="记录问题"
      open={open}
      okText="保存"
      cancelText="取消"
      confirmLoading={create.isPending || uploading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width="min(560px, calc(100vw - 16px))"
      style={{ top: 8 }}
    >
      {create.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(create.error)} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ severity: 'general', withRectification: false, projectId: projectOptions.length === 1 ? projectOptions[0]!.value : undefined }}
      >
        <Form.Item name="projectId" label="项目" rules={[{ required: true, message: '请选择问题所在的项目' }]}>
          <Select options={projectOptions} showSearch optionFilterProp="label" placeholder="本次检查的项目" data-testid="finding-project" />
        </Form.Item>
        <Form.Item name="severity" label="问题程度" rules={[{ required: true }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={FINDING_SEVERITIES.map((s) => ({ value: s, label: FINDING_SEVERITY_LABELS[s] }))} />
        </Form.Item>
        <Form.Item name="description" label="发现的问题" rules={[{ required: true, whitespace: true, message: '请填写发现的问题' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} placeholder="如：2 座充电桩已安装但未接电" />
        </Form.Item>
        <Form.Item label="现场照片">
          <PhotoPicker
            testId="finding-photo-input"
            loading={uploading}
            onTooLarge={(name) => void message.error(`${name}：照片超过 10 MB`)}
            onFiles={(files) =>
              setPhotos((list) => [
                ...list,
                ...files.map((file) => ({ key: `${file.name}-${file.size}-${Math.random()}`, file, url: URL.createObjectURL(file) })),
              ])
            }
          />
          <div style={{ marginTop: 8 }}>
            <PhotoThumbs
              items={photos.map((p) => ({ key: p.key, src: p.url, full: p.url, name: p.file.name }))}
              onRemove={(key) => setPhotos((list) => list.filter((p) => p.key !== key))}
            />
          </div>
        </Form.Item>
        <Form.Item name="withRectification" label="下发整改要求" valuePropName="checked">
          <Switch checkedChildren="下发" unCheckedChildren="暂不" />
        </Form.Item>
        {withRectification && (
          <>
            <Form.Item name="requirement" label="整改要求" rules={[{ required: true, whitespace: true, message: '请填写整改要求' }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} placeholder="如：6月30日前完成接电并投入使用" />
            </Form.Item>
            <Form.Item name="deadline" label="整改期限" rules={[{ required: true, message: '请选择整改期限' }]}>
              <DatePicker style={{ width: '100%' }} inputReadOnly placeholder="在此日期前整改到位" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
