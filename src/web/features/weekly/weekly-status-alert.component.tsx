import { Alert, App, Button, Popconfirm } from 'antd';
import { errorMessage } from '../../api/http-client';
import type { WeeklyUpdate } from '../../../contract/weekly.contract';
import { formatDateTime } from '../../components/date-format.util';
import { useWeeklyAction } from './use-weekly.query';

function reviewer(update: WeeklyUpdate): string {
  return [update.reviewedBy, update.reviewedAt && formatDateTime(update.reviewedAt)].filter(Boolean).join(' · ');
}

/** What happens next with this week: the 督查室's comment on a returned update, waiting for review, or 更正 (when the server allows it). */
export function WeeklyStatusAlert({ update }: { update: WeeklyUpdate }) {
  const { message } = App.useApp();
  const action = useWeeklyAction(update.id);

  if (update.status === 'returned') {
    return (
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="weekly-return-comment"
        message="督查室退回，请修改后重新提交"
        description={
          <>
            <div className="ms-pre-wrap" style={{ fontSize: 16, fontWeight: 600 }}>
              {update.reviewComment}
            </div>
            <div style={{ fontSize: 12, marginTop: 4 }}>{reviewer(update)}</div>
          </>
        }
      />
    );
  }
  if (update.status === 'submitted') {
    return (
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message="已报送，等待督查室审核" description="审核前不能修改；如需修改，请联系督查室退回。" />
    );
  }
  if (update.status === 'accepted') {
    const correct = () =>
      action.mutate(
        { kind: 'correct' },
        {
          onSuccess: () => void message.success('已建立更正稿，修改后请重新提交'),
          onError: (error) => void message.error(errorMessage(error)),
        },
      );
    return (
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 12 }}
        message="督查室已审核通过"
        description={
          <>
            {update.reviewComment && <div className="ms-pre-wrap">审核意见：{update.reviewComment}</div>}
            <div style={{ fontSize: 12 }}>{reviewer(update)}</div>
          </>
        }
        action={
          update.permissions.canCorrect && (
            <Popconfirm
              title="更正本周周报？"
              description="将生成新的版本，原版本保留在历史中，更正后需重新提交审核。"
              okText="更正"
              cancelText="取消"
              onConfirm={correct}
            >
              <Button loading={action.isPending}>更正</Button>
            </Popconfirm>
          )
        }
      />
    );
  }
  return null;
}
