import { useRef } from 'react';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { MeetingKind } from '../../../contract/meetings.contract';
import { ApiError, errorMessage } from '../../api/http-client';
import { ActionItemFields } from './action-item-fields.component';
import { MEETING_KIND_LABELS } from './meeting-labels';
import { useCreateMeeting } from './use-meetings.query';

interface Option {
  value: number;
  label: string;
}

interface Values {
  kind: MeetingKind;
  date: Dayjs;
  host: string;
  attendees?: string;
  projectIds?: number[];
  minutes?: string;
  actionItems?: { title?: string; ownerUnitId?: number; deadline?: Dayjs; projectId?: number }[];
}

/** What the form opens with: the user's kind, and from a blocker link a project and a minutes line. */
export interface MeetingFormInitial {
  kind: MeetingKind;
  host: string;
  projectIds: number[];
  minutes: string;
}

interface Props {
  planId: number;
  initial: MeetingFormInitial | null;
  kinds: MeetingKind[];
  projectOptions: Option[];
  unitOptions: Option[];
  onClose: () => void;
  onCreated: (meetingId: number) => void;
}

function FormBody({ planId, initial, kinds, projectOptions, unitOptions, onClose, onCreated }: Props & { initial: MeetingFormInitial }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateMeeting(planId);
  const chosen = Form.useWatch('projectIds', form) ?? [];
  const linkable = projectOptions.filter((p) => chosen.includes(p.value));
  // the field the server's last message was pinned to; cleared on the next edit or submit
  const pinned = useRef<(string | number)[] | null>(null);
  const clearPinned = () => {
    if (pinned.current) form.setFields([{ name: pinned.current as ['actionItems'], errors: [] }]);
    pinned.current = null;
  };

  const submit = (v: Values) => {
    clearPinned();
    create.mutate(
      {
        kind: v.kind,
        date: v.date.format('YYYY-MM-DD'),
        host: v.host.trim(),
        attendees: v.attendees?.trim() ?? '',
        minutes: v.minutes?.trim() ?? '',
        projectIds: v.projectIds ?? [],
        actionItems: (v.actionItems ?? []).map((i) => ({
          title: i.title?.trim() ?? '',
          ownerUnitId: i.ownerUnitId ?? null,
          deadline: i.deadline ? i.deadline.format('YYYY-MM-DD') : null,
          projectId: i.projectId ?? null,
        })),
      },
      {
        onSuccess: (meeting) => {
          void message.success('会议已记录');
          onCreated(meeting.id);
        },
        onError: (error) => {
          // pin the server's message (which names the row) to the row's field as well
          const d = error instanceof ApiError ? (error.details as { index?: number; field?: string } | undefined) : undefined;
          if (!d?.field) return;
          pinned.current = typeof d.index === 'number' ? ['actionItems', d.index, d.field] : [d.field];
          form.setFields([{ name: pinned.current as ['actionItems'], errors: [error.message] }]);
        },
      },
    );
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} onValuesChange={clearPinned} initialValues={{ ...initial, date: dayjs(), actionItems: [] }}>
      {create.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={errorMessage(create.error)} />}
      <Form.Item name="kind" label="会议类型" rules={[{ required: true, message: '请选择会议类型' }]}>
        <Select options={kinds.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择会议日期' }]}>
        <DatePicker style={{ width: '100%' }} inputReadOnly />
      </Form.Item>
      <Form.Item name="host" label="主持人/主办" rules={[{ required: true, whitespace: true, message: '请填写会议主持人' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="attendees" label="参会人员">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={5000} placeholder="如：区经济发展局、疃里镇、马集镇分管负责同志" />
      </Form.Item>
      <Form.Item name="projectIds" label="研究项目">
        <Select mode="multiple" showSearch optionFilterProp="label" options={projectOptions} placeholder="选择本次会议研究的项目" />
      </Form.Item>
      <Form.Item name="minutes" label="会议纪要">
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={20000} />
      </Form.Item>
      <ActionItemFields unitOptions={unitOptions} projectOptions={linkable} />
      <Space style={{ marginTop: 16, width: '100%', justifyContent: 'flex-end' }}>
        <Button onClick={onClose}>取消</Button>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          保存
        </Button>
      </Space>
    </Form>
  );
}

/** 记录会议: a phone-width drawer with the meeting's record and its 交办事项. */
export function MeetingFormDrawer(props: Props) {
  return (
    <Drawer title="记录会议" open={props.initial !== null} onClose={props.onClose} width="min(640px, 100vw)" destroyOnHidden>
      {props.initial && <FormBody {...props} initial={props.initial} />}
    </Drawer>
  );
}
