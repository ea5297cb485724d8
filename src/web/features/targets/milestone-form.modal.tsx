import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../api/http-client';
import type { Milestone } from '../../../contract/targets.contract';
import { isVersionConflict, useTargetErrorNotice } from './use-target-error.hook';
import { useCreateMilestone, useUpdateMilestone } from './use-targets.query';

interface MilestoneFormValues {
  title: string;
  dueDate: Dayjs | null;
}

interface MilestoneFormModalProps {
  projectId: number;
  /** null adds a new milestone */
  milestone: Milestone | null;
  /** the project's deadline, the default date of a new milestone */
  defaultDueDate: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/** 编辑节点 / 添加节点: a step without a number, such as a road opening, with its 计划完成日期. */
export function MilestoneFormModal({ projectId, milestone, defaultDueDate, onClose, onSaved }: MilestoneFormModalProps) {
  const [form] = Form.useForm<MilestoneFormValues>();
  const create = useCreateMilestone(projectId);
  const update = useUpdateMilestone();
  const mutation = milestone ? update : create;
  const notice = useTargetErrorNotice();

  const onError = (error: unknown) => {
    if (!isVersionConflict(error)) return;
    notice(error);
    onClose();
  };

  const submit = (values: MilestoneFormValues) => {
    const input = { title: values.title.trim(), dueDate: values.dueDate ? values.dueDate.format('YYYY-MM-DD') : null };
    if (milestone) {
      update.mutate({ ...input, id: milestone.id, version: milestone.version }, { onSuccess: () => onSaved('节点已保存'), onError });
    } else {
      create.mutate(input, { onSuccess: () => onSaved('节点已添加'), onError });
    }
  };

  return (
    <Modal title={milestone ? '编辑节点' : '添加节点'} open okText="保存" confirmLoading={mutation.isPending} onOk={() => form.submit()} onCancel={onClose}>
      {mutation.isError && !isVersionConflict(mutation.error) && (
        <Alert type="error" showIcon title={errorMessage(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<MilestoneFormValues>
        name="milestone-form"
        form={form}
        layout="vertical"
        initialValues={
          milestone ? { title: milestone.title, dueDate: milestone.dueDate ? dayjs(milestone.dueDate) : null } : { title: '', dueDate: dayjs(defaultDueDate) }
        }
        onFinish={submit}
        autoComplete="off"
      >
        <Form.Item label="节点名称" name="title" rules={[{ required: true, whitespace: true, message: '请输入节点名称' }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={200} placeholder="如：嘉兴路道路新建工程完工通车" />
        </Form.Item>
        <Form.Item label="计划完成日期" name="dueDate">
          <DatePicker style={{ width: '100%' }} format="YYYY年M月D日" inputReadOnly />
        </Form.Item>
      </Form>
    </Modal>
  );
}
