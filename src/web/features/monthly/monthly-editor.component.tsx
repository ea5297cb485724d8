import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Input, Popconfirm, Typography } from 'antd';
import type { MonthlyReport, MonthlyTexts } from '../../../contract/reports.contract';
import { errorMessage, hasErrorCode } from '../../api/http-client';
import { MonthlyPhotos } from './monthly-photos.component';
import { useMonthlyAction } from './use-monthly.query';

const FIELDS: { key: keyof MonthlyTexts; label: string }[] = [
  { key: 'progressText', label: '本月进展' },
  { key: 'problemsText', label: '存在问题' },
  { key: 'nextPlanText', label: '下月计划' },
];

interface Props {
  report: MonthlyReport;
}

const sameIds = (a: number[], b: number[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * The report's texts and photos: the lead unit edits, saves and submits; the 督查室 accepts or returns a submitted
 * one. Which of these show comes from the report's `permissions`, computed by the server.
 */
export function MonthlyEditor({ report }: Props) {
  const { message } = App.useApp();
  const action = useMonthlyAction(report);
  const [texts, setTexts] = useState<MonthlyTexts>({
    progressText: report.progressText,
    problemsText: report.problemsText,
    nextPlanText: report.nextPlanText,
  });
  const [photoIds, setPhotoIds] = useState<number[]>(() => report.photos.map((p) => p.id));
  const [comment, setComment] = useState('');
  const can = report.permissions;
  const editable = can.canEdit;
  const dirty =
    FIELDS.some(({ key }) => texts[key] !== report[key]) ||
    !sameIds(
      photoIds,
      report.photos.map((p) => p.id),
    );
  const done = (text: string) => ({ onSuccess: () => void message.success(text) });

  return (
    <Card size="small" title="月报内容">
      {action.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={hasErrorCode(action.error, 'VERSION_CONFLICT') ? '月报已被他人修改，请刷新页面后再编辑' : errorMessage(action.error)}
        />
      )}
      <Flex vertical gap={12}>
        {FIELDS.map(({ key, label }) => (
          <label key={key}>
            <Typography.Text strong>{label}</Typography.Text>
            {editable ? (
              <Input.TextArea
                value={texts[key]}
                maxLength={10000}
                autoSize={{ minRows: 3, maxRows: 12 }}
                onChange={(e) => setTexts((old) => ({ ...old, [key]: e.target.value }))}
              />
            ) : (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{report[key] || '—'}</Typography.Paragraph>
            )}
          </label>
        ))}
        <MonthlyPhotos
          photos={report.photos}
          choice={editable ? { available: report.availablePhotos, selected: photoIds, onChange: setPhotoIds } : undefined}
        />
        {editable && (
          <Flex wrap gap={8} align="center">
            <Button
              type="primary"
              loading={action.isPending}
              disabled={!dirty && report.id !== null}
              onClick={() => action.mutate({ kind: 'save', texts, photoIds }, done('月报已保存'))}
            >
              保存
            </Button>
            <Popconfirm
              title="提交月报"
              description="提交后等待督查室审核，不能再修改。"
              okText="提交"
              cancelText="取消"
              disabled={dirty || !can.canSubmit}
              onConfirm={() => action.mutate({ kind: 'submit' }, done('月报已提交'))}
            >
              <Button disabled={dirty || !can.canSubmit} loading={action.isPending}>
                提交
              </Button>
            </Popconfirm>
            {(dirty || !can.canSubmit) && <Typography.Text type="secondary">先保存，再提交</Typography.Text>}
          </Flex>
        )}
        {can.canReview && (
          <Flex vertical gap={8}>
            <Input.TextArea
              value={comment}
              maxLength={2000}
              autoSize={{ minRows: 2 }}
              placeholder="审核意见（退回时必填）"
              onChange={(e) => setComment(e.target.value)}
            />
            <Flex wrap gap={8}>
              <Button type="primary" loading={action.isPending} onClick={() => action.mutate({ kind: 'accept' }, done('月报已通过'))}>
                通过
              </Button>
              <Button
                danger
                loading={action.isPending}
                disabled={!comment.trim()}
                onClick={() => action.mutate({ kind: 'return', comment: comment.trim() }, done('月报已退回'))}
              >
                退回
              </Button>
            </Flex>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
