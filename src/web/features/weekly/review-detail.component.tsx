import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Input, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/http-client';
import type { ReviewQueueItem } from '../../../contract/weekly.contract';
import { formatDateTime } from '../../components/date-format.util';
import { PageLoading } from '../../components/page-loading.component';
import { QueryError } from '../../components/query-error.component';
import { useProject } from '../projects/use-project.query';
import { CoUnitNotes } from './co-unit-notes.component';
import { useWeeklyAction, useWeeklyUpdate } from './use-weekly.query';
import { formatWeek } from './week-format.util';
import { WeeklyUpdateView } from './weekly-update-view.component';

/** One submitted update in full, against last week, with 通过 (optional comment) and 退回 (comment required). */
export function ReviewDetail({ item, onDecided }: { item: ReviewQueueItem; onDecided: () => void }) {
  const { message } = App.useApp();
  const update = useWeeklyUpdate(item.projectId, item.week);
  const project = useProject(item.projectId);
  const action = useWeeklyAction(item.updateId);
  const [comment, setComment] = useState('');
  const [needsComment, setNeedsComment] = useState(false);

  if (update.isPending) return <PageLoading />;
  if (update.isError) return <QueryError error={update.error} onRetry={() => void update.refetch()} />;
  const weekly = update.data;
  const coUnits = project.data?.units.filter((unit) => unit.role === 'co') ?? [];
  const flagged = weekly.values.filter((value) => value.flags.length > 0);

  const decide = (kind: 'accept' | 'return') => {
    const text = comment.trim();
    if (kind === 'return' && !text) {
      setNeedsComment(true);
      return;
    }
    const body = kind === 'return' ? { kind, comment: text } : { kind, ...(text ? { comment: text } : {}) };
    action.mutate(body, {
      onSuccess: () => {
        void message.success(kind === 'accept' ? '已通过' : '已退回，单位将收到审核意见');
        setComment('');
        onDecided();
      },
      onError: (error) => void message.error(errorMessage(error)),
    });
  };

  return (
    <Card size="small">
      <Link to={`/projects/${item.projectId}`} style={{ fontSize: 16, fontWeight: 600 }}>
        {item.seq}. {item.name}
      </Link>
      <Flex wrap gap={8} align="center" style={{ margin: '6px 0 12px' }}>
        <Typography.Text strong>{formatWeek(weekly.week, weekly.weekStart, weekly.weekEnd)}</Typography.Text>
        {weekly.revision > 1 && <Tag>第{weekly.revision}版（更正）</Tag>}
        {weekly.isLate && <Tag color="error">逾期</Tag>}
        <Typography.Text type="secondary">
          {weekly.submittedBy} 报送于 {formatDateTime(weekly.submittedAt)}
        </Typography.Text>
      </Flex>
      {flagged.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={`有 ${flagged.length} 个数值被系统标记，请核实说明`} />}
      <WeeklyUpdateView update={weekly} coUnits={coUnits} showPrevious />
      {weekly.coUnitNotes.length > 0 && <CoUnitNotes notes={weekly.coUnitNotes} />}
      {weekly.permissions.canReview && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text strong>审核意见</Typography.Text>
          <Input.TextArea
            aria-label="审核意见"
            autoSize={{ minRows: 3 }}
            placeholder="通过时可不填；退回时请写明需要修改的内容"
            value={comment}
            status={needsComment && !comment.trim() ? 'error' : undefined}
            onChange={(event) => setComment(event.target.value)}
            style={{ marginTop: 4 }}
          />
          {needsComment && !comment.trim() && <Typography.Text type="danger">退回时必须填写审核意见</Typography.Text>}
          <Flex gap={8} justify="flex-end" style={{ marginTop: 12 }} wrap>
            <Button danger size="large" loading={action.isPending && action.variables?.kind === 'return'} onClick={() => decide('return')}>
              退回
            </Button>
            <Button type="primary" size="large" loading={action.isPending && action.variables?.kind === 'accept'} onClick={() => decide('accept')}>
              通过
            </Button>
          </Flex>
        </div>
      )}
    </Card>
  );
}
