import { Alert, App, Button, DatePicker, Drawer, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { InspectionDetail, InspectionKind } from '../../../contract/inspections.contract';
import { ApiError, errorMessage } from '../../api/http-client';
import { INSPECTION_KIND_LABELS, INSPECTION_KINDS } from './inspection-labels';
import { useSaveInspection } from './use-inspections.query';

interface Values {
  date: Dayjs;
  kind: InspectionKind;
  inspectors: string;
  projectIds: number[];
  summary?: string;
}

interface Props {
  planId: number;
  /** null: closed; 'new': a new inspection; else the inspection to edit */
  editing: InspectionDetail | 'new' | null;
  projectOptions: { value: number; label: string }[];
  /** the plan's year: a new inspection of a past year's plan starts on that year's last day, not today */
  planYear?: number;
  onClose: () => void;
  onSaved: (id: number) => void;
}

function FormBody({ planId, editing, projectOptions, planYear, onClose, onSaved }: Props & { editing: InspectionDetail | 'new' }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const existing = editing === 'new' ? null : editing;
  const save = useSaveInspection(planId, existing?.id ?? null);
  const initial = existing
    ? {
        date: dayjs(existing.date),
        kind: existing.kind,
        inspectors: existing.inspectors,
        projectIds: existing.projects.map((p) => p.id),
        summary: existing.summary ?? '',
      }
    : {
        date: planYear && dayjs().year() > planYear ? dayjs(`${planYear}-12-31`) : dayjs(),
        kind: 'routine' as const,
        inspectors: '',
        projectIds: [],
        summary: '',
      };
  const submit = (v: Values) =>
    save.mutate(
      {
        date: v.date.format('YYYY-MM-DD'),
        kind: v.kind,
        inspectors: v.inspectors.trim(),
        projectIds: v.projectIds,
        summary: v.summary?.trim() ?? '',
        ...(existing ? { version: existing.version } : {}),
      },
      {
        onSuccess: (saved) => {
          void message.success(existing ? '督导检查已修改' : '督导检查已记录');
          onSaved(saved.id);
        },
        onError: (error) => {
          const field = error instanceof ApiError ? (error.details as { field?: string } | undefined)?.field : undefined;
          if (field) form.setFields([{ name: field as keyof Values, errors: [error.message] }]);
        },
      },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={initial}>
      {save.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(save.error)} />}
      <Form.Item name="date" label="检查日期" rules={[{ required: true, message: '请选择检查日期' }]}>
        <DatePicker style={{ width: '100%' }} inputReadOnly />
      </Form.Item>
      <Form.Item name="kind" label="检查方式" rules={[{ required: true }]}>
        <Select options={INSPECTION_KINDS.map((k) => ({ value: k, label: INSPECTION_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item name="inspectors" label="检查人员" rules={[{ required: true, whitespace: true, message: '请填写检查人员' }]}>
        <Input maxLength={500} placeholder="如：督查室 张明、李华" />
      </Form.Item>
      <Form.Item name="projectIds" label="检查项目" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个检查的项目' }]}>
        <Select
          mode="multiple"
          showSearch
          optionFilterProp="label"
          options={projectOptions}
          placeholder="选择本次实地检查的项目"
          data-testid="inspection-projects"
        />
      </Form.Item>
      <Form.Item name="summary" label="检查小结">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10000} placeholder="总体情况、好的做法、共性问题" />
      </Form.Item>
      <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
        <Button onClick={onClose}>取消</Button>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          保存
        </Button>
      </Space>
    </Form>
  );
}

/** 新建 / 修改督导检查 (督查室), a drawer that fills a phone screen. */
export function InspectionFormDrawer(props: Props) {
  return (
    <Drawer
      title={props.editing === 'new' ? '新建督导检查' : '修改督导检查'}
      open={props.editing !== null}
      onClose={props.onClose}
      width="min(560px, 100vw)"
      destroyOnHidden
    >
      {props.editing !== null && <FormBody {...props} editing={props.editing} />}
    </Drawer>
  );
}
