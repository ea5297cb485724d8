import { useState } from 'react';
import { Card, Col, Empty, Flex, Row, Switch, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import type { EscalatedBlocker, PortfolioItem } from '../../contract/leaders.contract';
import { formatDate } from '../components/date-format.util';
import { PageLoading } from '../components/page-loading.component';
import { QueryError } from '../components/query-error.component';
import { EscalatedBlockers } from '../features/leaders/escalated-blockers.component';
import type { InstructionSubject } from '../features/leaders/instruction.modal';
import { InstructionModal } from '../features/leaders/instruction.modal';
import { PortfolioCard } from '../features/leaders/portfolio-card.component';
import { useLeaderPortfolio } from '../features/leaders/use-leaders.query';
import { XunDigests } from '../features/leaders/xun-digests.component';

/** 领导调度: my projects first with what changed this 旬, blockers escalated to me, and the 旬 digests. */
export default function LeaderPage() {
  const [showAll, setShowAll] = useState(false);
  // `?asOf=YYYY-MM-DD` looks back at another day's 旬 (the demo data is dated 2024-10-15).
  const asOfParam = useSearchParams()[0].get('asOf');
  const portfolio = useLeaderPortfolio(showAll, asOfParam);
  const [subject, setSubject] = useState<InstructionSubject | null>(null);

  const instructProject = (p: PortfolioItem) => setSubject({ projectId: p.projectId, caption: `${p.seq}. ${p.name}` });
  const instructBlocker = (b: EscalatedBlocker) =>
    setSubject({ projectId: b.projectId, blockerId: b.id, caption: `${b.projectSeq}. ${b.projectName}：${b.description}` });

  if (portfolio.isPending) return <PageLoading />;
  if (portfolio.isError) return <QueryError error={portfolio.error} onRetry={() => void portfolio.refetch()} />;
  const { xun, asOf, items, escalatedBlockers } = portfolio.data;

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        领导调度
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {xun.label}（{formatDate(xun.start)}—{formatDate(xun.end)}），本旬变化统计至 {formatDate(asOf)}。
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card
            size="small"
            title={showAll ? '全部项目' : '我的项目'}
            extra={
              <Flex gap={6} align="center">
                <Typography.Text style={{ fontSize: 13 }}>显示全部项目</Typography.Text>
                <Switch size="small" checked={showAll} onChange={setShowAll} aria-label="显示全部项目" loading={portfolio.isFetching} />
              </Flex>
            }
          >
            {items.length === 0 ? (
              <Empty description={showAll ? '没有进行中的项目' : '督查室尚未为您指定分管项目，可打开“显示全部项目”查看'} />
            ) : (
              <Flex vertical gap={8}>
                {items.map((item) => (
                  <PortfolioCard key={item.projectId} item={item} markMine={showAll} onInstruct={instructProject} />
                ))}
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title={`待协调堵点（${escalatedBlockers.length}）`} style={{ marginBottom: 16 }}>
            <EscalatedBlockers items={escalatedBlockers} onInstruct={instructBlocker} />
          </Card>
          <Card size="small" title="旬调度摘要">
            <XunDigests currentXun={xun} />
          </Card>
        </Col>
      </Row>
      <InstructionModal subject={subject} onClose={() => setSubject(null)} />
    </>
  );
}
