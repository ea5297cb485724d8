import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Empty, Flex, Modal, Tag, Typography } from 'antd';
import type { BallotPaper } from '../../contract/votes.contract';
import { errorMessage } from '../api/http-client';
import { formatDateTime } from '../components/date-format.util';
import { PageLoading } from '../components/page-loading.component';
import { QueryError } from '../components/query-error.component';
import { useCastBallot, useMyBallots } from '../features/next-year/use-next-year.query';

/** 票决 (人大代表): the ballot paper of each open vote; one ballot, at most N choices (少选有效, 多选无效), not changeable. */
export default function VotePage() {
  const ballots = useMyBallots();
  if (ballots.isPending) return <PageLoading />;
  if (ballots.isError) return <QueryError error={ballots.error} onRetry={() => void ballots.refetch()} />;
  const items = ballots.data.items;
  return (
    <div style={{ maxWidth: 760, margin: '0 auto' }}>
      <Typography.Title level={4}>民生实事项目票决</Typography.Title>
      {items.length === 0 ? (
        <Card>
          <Empty description="目前没有进行中的票决" />
        </Card>
      ) : (
        items.map((p) => <BallotCard key={p.sessionId} paper={p} />)
      )}
    </div>
  );
}

function BallotCard({ paper }: { paper: BallotPaper }) {
  const cast = useCastBallot();
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<number[]>([]);
  const [confirming, setConfirming] = useState(false);
  const mine = paper.myBallot;
  const voted = new Set(mine?.candidateIds ?? []);
  const tooMany = chosen.length > paper.chooseCount;
  const submit = () =>
    cast.mutate(
      { sessionId: paper.sessionId, candidateIds: chosen },
      {
        onSuccess: () => {
          setConfirming(false);
          void message.success('选票已提交，感谢您的参与');
        },
        onError: (e) => {
          setConfirming(false);
          void message.error(errorMessage(e));
        },
      },
    );
  const names = new Map(paper.candidates.map((c) => [c.id, c.name]));

  return (
    <Card size="small" style={{ marginBottom: 12 }} title={paper.title} data-testid="ballot-paper">
      <Alert
        type={mine ? 'success' : 'info'}
        showIcon
        style={{ marginBottom: 12 }}
        message={
          mine
            ? `您已于 ${formatDateTime(mine.submittedAt)} 投票，选择了 ${mine.candidateIds.length} 个项目。每位代表只能投一次。`
            : `共 ${paper.candidates.length} 个候选项目，最多选择 ${paper.chooseCount} 个（少选有效，多选无效）。提交后不能修改。`
        }
      />
      <Checkbox.Group
        value={mine ? [...voted] : chosen}
        onChange={(v) => setChosen(v as number[])}
        disabled={mine !== null || paper.status !== 'open'}
        style={{ width: '100%' }}
      >
        <Flex vertical gap={8} style={{ width: '100%' }}>
          {paper.candidates.map((c) => (
            <Card key={c.id} size="small" style={{ borderColor: (mine ? voted : new Set(chosen)).has(c.id) ? '#1677ff' : undefined }}>
              <Checkbox value={c.id} aria-label={c.name}>
                <Typography.Text strong>
                  {c.seq}. {c.name}
                </Typography.Text>
              </Checkbox>
              <Typography.Paragraph style={{ margin: '4px 0 0 24px', whiteSpace: 'pre-wrap' }}>{c.content}</Typography.Paragraph>
              <Typography.Text type="secondary" style={{ marginLeft: 24 }}>
                {c.leadUnit ? `牵头单位：${c.leadUnit}` : ''}
                {c.investment !== null ? ` · 投资 ${c.investment} 万元` : ''}
                {c.expectedEffect ? ` · 预期成效：${c.expectedEffect}` : ''}
              </Typography.Text>
            </Card>
          ))}
        </Flex>
      </Checkbox.Group>
      {!mine && paper.status === 'open' && (
        <Flex
          justify="space-between"
          align="center"
          wrap
          gap={8}
          style={{ marginTop: 12, position: 'sticky', bottom: 0, background: '#fff', padding: '8px 0' }}
        >
          <span data-testid="ballot-count">
            已选 <Tag color={tooMany ? 'red' : 'blue'}>{chosen.length}</Tag>/ 最多 {paper.chooseCount} 个
            {tooMany && <Typography.Text type="danger">（超过应选数，选票无效，请减少）</Typography.Text>}
          </span>
          <Button type="primary" disabled={chosen.length === 0 || tooMany} onClick={() => setConfirming(true)}>
            提交选票
          </Button>
        </Flex>
      )}
      <Modal title="确认提交选票" open={confirming} onCancel={() => setConfirming(false)} onOk={submit} confirmLoading={cast.isPending} okText="确认提交">
        <Typography.Paragraph>您选择了以下 {chosen.length} 个项目，提交后不能修改：</Typography.Paragraph>
        <ol>
          {chosen.map((id) => (
            <li key={id}>{names.get(id)}</li>
          ))}
        </ol>
      </Modal>
    </Card>
  );
}
