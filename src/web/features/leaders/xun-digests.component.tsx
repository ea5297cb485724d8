import { Alert, App, Button, Collapse, Empty, Flex, Typography } from 'antd';
import type { Xun, XunDigest } from '../../../contract/leaders.contract';
import { errorMessage } from '../../api/http-client';
import { formatDate, formatDateTime } from '../../components/date-format.util';
import { QueryError } from '../../components/query-error.component';
import { percentText, statusText } from './portfolio-labels';
import { useGenerateDigest, useXunDigests } from './use-leaders.query';

/** The digest's content: one line per project, its own ones marked, then the blockers waiting for coordination. */
function DigestContent({ digest }: { digest: XunDigest }) {
  const { items, escalatedBlockers = [] } = digest.content;
  if (items.length === 0) return <Typography.Text type="secondary">本旬无分管项目。</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      {items.map((p) => {
        const c = p.changes;
        const notes = [
          c.statusChanged ? `状态 ${statusText(c.statusAtXunStart)} → ${statusText(p.status)}` : null,
          c.values.length ? `数值更新 ${c.values.length} 项` : null,
          c.newBlockers.length ? `新增堵点 ${c.newBlockers.length} 个` : null,
          c.overdueActionItems.length ? `交办逾期 ${c.overdueActionItems.length} 项` : null,
          p.openInstructions ? `批示未办结 ${p.openInstructions} 条` : null,
        ].filter(Boolean);
        return (
          <Typography.Text key={p.projectId} style={{ fontSize: 13 }}>
            <Typography.Text strong>
              {p.seq}. {p.name}
            </Typography.Text>
            ：{statusText(p.status)}，完成 {percentText(p.progress)}
            {notes.length ? `；${notes.join('，')}` : '；本旬无变化'}
          </Typography.Text>
        );
      })}
      {escalatedBlockers.length > 0 && (
        <Typography.Text type="danger" style={{ fontSize: 13 }}>
          待协调堵点 {escalatedBlockers.length} 个：{escalatedBlockers.map((b) => `${b.projectSeq}. ${b.description}`).join('；')}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** 旬调度摘要: dated records, one per 旬, and 生成本旬摘要 when the current one is missing. */
export function XunDigests({ currentXun }: { currentXun: Xun | undefined }) {
  const { message } = App.useApp();
  const digests = useXunDigests();
  const generate = useGenerateDigest();
  if (digests.isError) return <QueryError error={digests.error} onRetry={() => void digests.refetch()} />;
  const items = digests.data?.items ?? [];
  const hasCurrent = currentXun !== undefined && items.some((d) => d.periodStart === currentXun.start);

  return (
    <Flex vertical gap={8}>
      {currentXun && !hasCurrent && !digests.isPending && (
        <Flex wrap gap={8} align="center">
          <Typography.Text type="secondary">{currentXun.label}的调度摘要尚未生成。</Typography.Text>
          <Button
            size="small"
            type="primary"
            loading={generate.isPending}
            onClick={() => generate.mutate(undefined, { onSuccess: () => void message.success('本旬调度摘要已生成') })}
          >
            生成本旬摘要
          </Button>
        </Flex>
      )}
      {generate.isError && <Alert type="error" showIcon title={errorMessage(generate.error)} />}
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={digests.isPending ? '加载中…' : '还没有旬调度摘要'} />
      ) : (
        <Collapse
          size="small"
          defaultActiveKey={items.slice(0, 1).map((d) => String(d.id))}
          items={items.map((d) => ({
            key: String(d.id),
            label: (
              <span data-testid="xun-digest">
                {d.label}（{formatDate(d.periodStart)}—{formatDate(d.periodEnd)}）
              </span>
            ),
            children: (
              <>
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginBottom: 6 }}>
                  生成于 {formatDateTime(d.generatedAt)}
                </Typography.Text>
                <DigestContent digest={d} />
              </>
            ),
          }))}
        />
      )}
    </Flex>
  );
}
