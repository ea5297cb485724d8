import { useState } from 'react';
import { Alert, App, Button, Modal, Select, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/http-client';
import { useLeaderCandidates, useProjectLeaders, useSetProjectLeaders } from './use-leaders.query';

/** 分管领导 of a project, as a line of names; the 督查室 edits them with a select of leader users. */
export function ProjectLeaders({ projectId }: { projectId: number }) {
  const { message } = App.useApp();
  const leaders = useProjectLeaders(projectId);
  // the 督查室 assigns them; the server says whether this user may
  const canEdit = leaders.data?.permissions.canEdit ?? false;
  const [editing, setEditing] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const candidates = useLeaderCandidates(canEdit && editing);
  const save = useSetProjectLeaders(projectId);
  const names = (leaders.data?.items ?? []).map((l) => l.displayName || l.username);

  const startEdit = () => {
    save.reset();
    setSelected((leaders.data?.items ?? []).map((l) => l.userId));
    setEditing(true);
  };
  const submit = () =>
    save.mutate(selected, {
      onSuccess: () => {
        setEditing(false);
        void message.success('分管领导已保存');
      },
    });

  return (
    <Space size={4} wrap data-testid="project-leaders">
      <Typography.Text type={names.length ? undefined : 'secondary'}>{leaders.isPending ? '…' : names.join('、') || '未指定'}</Typography.Text>
      {canEdit && (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={startEdit} style={{ padding: 0 }}>
          指定
        </Button>
      )}
      <Modal
        title="指定分管领导"
        open={editing}
        okText="保存"
        cancelText="取消"
        confirmLoading={save.isPending}
        onOk={submit}
        onCancel={() => setEditing(false)}
        destroyOnHidden
      >
        {save.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(save.error)} />}
        {candidates.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(candidates.error)} />}
        <Select
          mode="multiple"
          aria-label="分管领导"
          placeholder="选择分管领导（可多选）"
          style={{ width: '100%' }}
          loading={candidates.isPending}
          value={selected}
          onChange={setSelected}
          optionFilterProp="label"
          options={(candidates.data?.items ?? []).map((c) => ({
            value: c.userId,
            label: c.displayName && c.displayName !== c.username ? `${c.displayName}（${c.username}）` : c.username,
          }))}
        />
      </Modal>
    </Space>
  );
}
