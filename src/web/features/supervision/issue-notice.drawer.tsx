import { Alert, App, Button, DatePicker, Drawer, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Project } from '../../../contract/projects.contract';
import { errorMessage } from '../../api/http-client';
import { beijingToday } from './supervision-labels';
import { BLOCKER_KIND_LABELS } from '../blockers/blocker-labels';
import { usePlanBlockers } from '../blockers/use-blockers.query';
import { useIssueSupervisionNotice } from './use-supervision-notices.query';

interface Values {
  projectId: number;
  unitId: number;
  blockerId?: number | null;
  subject: string;
  problem: string;
  requirement: string;
  deadline: Dayjs;
}

interface Props {
  planId: number;
  open: boolean;
  projects: Project[];
  /** pre-selects this project (and its lead unit), as from the project page */
  projectId?: number;
  onClose: () => void;
  onIssued: (id: number) => void;
}

function IssueForm({ planId, projects, projectId: preselected, onClose, onIssued }: Omit<Props, 'open'>) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const issue = useIssueSupervisionNotice(planId);
  const blockers = usePlanBlockers(planId);
  const projectId = Form.useWatch('projectId', form);
  const project = projects.find((p) => p.id === projectId);
  const unitOptions = (project?.units ?? []).map((u) => ({ value: u.id, label: `${u.name}（${u.role === 'lead' ? '主办' : '协办'}）` }));
  const blockerOptions = (blockers.data?.items ?? [])
    .filter((b) => b.projectId === projectId && (b.status === 'open' || b.status === 'in_progress'))
    .map((b) => ({ value: b.id, label: `${BLOCKER_KIND_LABELS[b.kind]}堵点（${b.raisedAt.slice(0, 10)} 提出）` }));

  const initialValues: Partial<Values> = preselected
    ? { projectId: preselected, unitId: projects.find((p) => p.id === preselected)?.units.find((u) => u.role === 'lead')?.id }
    : {};

  const submit = (v: Values) =>
    issue.mutate(
      {
        projectId: v.projectId,
        unitId: v.unitId,
        blockerId: v.blockerId ?? null,
        subject: v.subject.trim(),
        problem: v.problem.trim(),
        requirement: v.requirement.trim(),
        deadline: v.deadline.format('YYYY-MM-DD'),
      },
      {
        onSuccess: (notice) => {
          void message.success(`已下发${notice.number}`);
          onIssued(notice.id);
        },
      },
    );

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={submit}
      onValuesChange={(changed: Partial<Values>) => {
        if (changed.projectId !== undefined) {
          const lead = projects.find((p) => p.id === changed.projectId)?.units.find((u) => u.role === 'lead');
          form.setFieldsValue({ unitId: lead?.id, blockerId: null });
        }
      }}
    >
      {issue.error != null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(issue.error)} />}
      <Form.Item name="projectId" label="督办项目" rules={[{ required: true, message: '请选择督办的项目' }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="选择项目"
          options={projects.map((p) => ({ value: p.id, label: `${p.seq}. ${p.name}` }))}
        />
      </Form.Item>
      <Form.Item name="unitId" label="承办单位" rules={[{ required: true, message: '请选择承办单位' }]}>
        <Select placeholder="先选择项目" options={unitOptions} disabled={!project} />
      </Form.Item>
      {blockerOptions.length > 0 && (
        <Form.Item name="blockerId" label="关联堵点（可选）">
          <Select allowClear placeholder="不关联" options={blockerOptions} />
        </Form.Item>
      )}
      <Form.Item name="subject" label="督办事项" rules={[{ required: true, whitespace: true, message: '请填写督办事项' }]}>
        <Input maxLength={200} placeholder="如：充电桩建设进度严重滞后" />
      </Form.Item>
      <Form.Item name="problem" label="存在问题" rules={[{ required: true, whitespace: true, message: '请写明存在的问题' }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} placeholder="如：截至6月底仅建成46座，低于序时进度30个百分点" />
      </Form.Item>
      <Form.Item name="requirement" label="整改要求" rules={[{ required: true, whitespace: true, message: '请写明整改要求' }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} placeholder="如：倒排工期，7月底前完成全部选址并开工" />
      </Form.Item>
      <Form.Item name="deadline" label="办理期限" rules={[{ required: true, message: '请选择办理期限' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') < beijingToday()} inputReadOnly placeholder="选择日期" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={issue.isPending}>
          下发
        </Button>
        <Button onClick={onClose}>取消</Button>
      </Space>
    </Form>
  );
}

/** 下发督办单 (督查室): project, addressed unit, optional blocker, subject, problem, 整改要求 and a deadline. */
export function IssueNoticeDrawer({ open, ...props }: Props) {
  return (
    <Drawer title="下发督办单" open={open} onClose={props.onClose} width="min(560px, 100vw)" destroyOnHidden>
      {open && <IssueForm {...props} />}
    </Drawer>
  );
}
