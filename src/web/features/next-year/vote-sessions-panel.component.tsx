import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Empty, Flex, Form, Input, InputNumber, List, Modal, Space, Table, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { VoteSession } from '../../../contract/votes.contract';
import { VOTE_STATUS_LABELS } from '../../../contract/votes.contract';
import { errorMessage } from '../../api/http-client';
import { QueryError } from '../../components/query-error.component';
import type { VoteStep } from './use-next-year.query';
import { useCandidates, useCreateVoteSession, usePlanDraft, useResolveTie, useVoteSessions, useVoteStep } from './use-next-year.query';

const STEP_LABEL: Record<VoteStep, string> = { open: '开始票决', close: '结束并计票', publish: '公布结果' };
const STATUS_COLOR = { draft: 'default', open: 'processing', closed: 'warning', published: 'success' } as const;

/** 票决: create a 差额 vote over the year's candidates, open it, close it, resolve a tie at the cut, publish, draft the plan. */
export function VoteSessionsPanel({ year }: { year: number }) {
  const sessions = useVoteSessions();
  const candidates = useCandidates(year);
  const create = useCreateVoteSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ title: string; chooseCount: number }>();
  const [creating, setCreating] = useState(false);

  if (sessions.isError) return <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />;
  const count = candidates.data?.items.length ?? 0;
  const submit = (v: { title: string; chooseCount: number }) =>
    create.mutate(
      { year, title: v.title.trim(), chooseCount: v.chooseCount },
      { onSuccess: () => setCreating(false), onError: (e) => void message.error(errorMessage(e)) },
    );

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">差额票决：每位人大代表最多选择应选数个项目（少选有效，多选无效），得票最多的当选。</Typography.Text>
        <Button type="primary" disabled={count < 2} onClick={() => setCreating(true)}>
          创建{year}年票决
        </Button>
      </Flex>
      <List
        loading={sessions.isPending}
        locale={{ emptyText: <Empty description="还没有票决" /> }}
        dataSource={sessions.data?.items ?? []}
        renderItem={(s) => <SessionCard session={s} />}
      />
      <Modal
        title={`创建${year}年票决`}
        open={creating}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
        okText="创建"
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ title: `${year}年民生实事项目人大代表票决`, chooseCount: Math.max(1, count - 1) }}
        >
          <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`将把${year}年全部 ${count} 个候选项目列入选票，创建后候选项目不能再修改。`} />
          <Form.Item label="票决名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={`应选项目数（少于 ${count}）`} name="chooseCount" rules={[{ required: true, message: '请填写应选数' }]}>
            <InputNumber min={1} max={Math.max(1, count - 1)} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function SessionCard({ session: s }: { session: VoteSession }) {
  const step = useVoteStep();
  const draft = usePlanDraft();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [tieOpen, setTieOpen] = useState(false);
  const next: VoteStep | null = s.status === 'draft' ? 'open' : s.status === 'open' ? 'close' : s.status === 'closed' ? 'publish' : null;
  const result = s.result;
  const run = (which: VoteStep) =>
    modal.confirm({
      title: STEP_LABEL[which],
      content:
        which === 'close'
          ? `已有 ${s.ballotCount} / ${s.deputyCount} 位代表投票，结束后不能再投票。`
          : which === 'publish'
            ? '结果将在公开页面公布。'
            : '开始后代表即可投票。',
      okText: STEP_LABEL[which],
      onOk: () => step.mutateAsync({ session: s, step: which }).catch((e) => void message.error(errorMessage(e))),
    });
  const makePlan = () =>
    draft.mutate(s.id, {
      onSuccess: (r) => {
        void message.success(`已生成清单草案（${r.projectCount} 个项目），请补充并确认目标`);
        void navigate(`/plans/${r.planId}`);
      },
      onError: (e) => void message.error(errorMessage(e)),
    });

  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid="vote-session">
      <Flex justify="space-between" wrap gap={8}>
        <div className="ms-shrink">
          <Typography.Text strong>{s.title}</Typography.Text> <Tag color={STATUS_COLOR[s.status]}>{VOTE_STATUS_LABELS[s.status]}</Tag>
          <div>
            <Typography.Text type="secondary">
              {s.candidateCount} 选 {s.chooseCount} · 已投票 {s.ballotCount} / {s.deputyCount} 位代表
            </Typography.Text>
          </div>
        </div>
        <Space wrap>
          {next && (
            <Button type="primary" onClick={() => run(next)} loading={step.isPending} disabled={next === 'publish' && result !== null && !result.resolved}>
              {STEP_LABEL[next]}
            </Button>
          )}
          {s.status === 'published' && (
            <a href={`/public/votes/${s.id}`} target="_blank" rel="noreferrer">
              <Button>查看公开页</Button>
            </a>
          )}
          {result?.resolved && (s.status === 'closed' || s.status === 'published') && s.planId === null && (
            <Button onClick={makePlan} loading={draft.isPending}>
              生成清单草案
            </Button>
          )}
          {s.planId !== null && <Button onClick={() => void navigate(`/plans/${s.planId}`)}>查看清单草案</Button>}
        </Space>
      </Flex>
      {result && (
        <>
          {result.tie && !result.resolved && (
            <Alert
              type="warning"
              showIcon
              style={{ margin: '8px 0' }}
              message={`当选线上有 ${result.tie.candidateIds.length} 个项目得票相同，需从中确定 ${result.tie.seats} 个当选后才能公布。`}
              action={
                <Button size="small" onClick={() => setTieOpen(true)}>
                  确定当选
                </Button>
              }
            />
          )}
          {result.tieBreakNote && <Alert type="info" style={{ margin: '8px 0' }} message={`并列项目确定方式：${result.tieBreakNote}`} />}
          <Table
            size="small"
            rowKey="candidateId"
            pagination={false}
            dataSource={result.rows}
            columns={[
              { title: '名次', dataIndex: 'rank', width: 52 },
              { title: '项目', dataIndex: 'name' },
              { title: '得票', dataIndex: 'votes', width: 52 },
              {
                title: '结果',
                width: 64,
                render: (_, r) =>
                  r.elected ? (
                    <Tag color="green">当选</Tag>
                  ) : result.tie?.candidateIds.includes(r.candidateId) && !result.resolved ? (
                    <Tag color="gold">待定</Tag>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
          <TieModal session={s} open={tieOpen} onClose={() => setTieOpen(false)} />
        </>
      )}
    </Card>
  );
}

function TieModal({ session, open, onClose }: { session: VoteSession; open: boolean; onClose: () => void }) {
  const resolve = useResolveTie();
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<number[]>([]);
  const [note, setNote] = useState('');
  const tie = session.result?.tie;
  if (!tie) return null;
  const names = new Map(session.result!.rows.map((r) => [r.candidateId, r.name]));
  const submit = () =>
    resolve.mutate({ session, candidateIds: chosen, note: note.trim() }, { onSuccess: onClose, onError: (e) => void message.error(errorMessage(e)) });
  return (
    <Modal
      title="确定并列项目的当选"
      open={open}
      onCancel={onClose}
      onOk={submit}
      okButtonProps={{ disabled: chosen.length !== tie.seats || !note.trim() }}
      confirmLoading={resolve.isPending}
    >
      <Typography.Paragraph>请从得票相同的项目中选择 {tie.seats} 个当选（如经再次票决或主任会议确定）。</Typography.Paragraph>
      <Checkbox.Group value={chosen} onChange={(v) => setChosen(v as number[])} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        {tie.candidateIds.map((id) => (
          <Checkbox key={id} value={id}>
            {names.get(id)}
          </Checkbox>
        ))}
      </Checkbox.Group>
      <Input.TextArea
        style={{ marginTop: 12 }}
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder="确定方式，如：2月20日主任会议再次票决"
        maxLength={500}
      />
    </Modal>
  );
}
