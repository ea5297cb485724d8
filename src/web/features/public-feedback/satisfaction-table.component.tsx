import { Button, Card, Flex, Select, Statistic, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { SatisfactionSummary } from '../../../contract/satisfaction.contract';
import { PageLoading } from '../../components/page-loading.component';
import { QueryError } from '../../components/query-error.component';
import { useSatisfaction } from './use-public-feedback.query';

type Item = SatisfactionSummary['items'][number];
const rate = (r: number | null) => (r === null ? '—' : `${r}%`);
const periodName = (p: string) => (p === 'year' ? '全年' : `${p.slice(0, 4)}年第${p.slice(6)}季度`);

/** 满意度 results of a plan: per project 满意 / 基本满意 / 不满意 and 满意率, per quarter or the year; the 测评 table as .xlsx. */
export function SatisfactionResults({ planId, period, onPeriod }: { planId: number; period: string | undefined; onPeriod: (p: string) => void }) {
  const query = useSatisfaction(planId, period);
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  return (
    <Card
      size="small"
      title="满意度测评"
      extra={
        <Button size="small" icon={<DownloadOutlined />} href={`/api/v1/plans/${planId}/satisfaction.xlsx`} download>
          年度测评表
        </Button>
      }
    >
      <Flex wrap gap={24} align="center" style={{ marginBottom: 12 }}>
        <Select
          style={{ width: 160 }}
          value={data.period}
          onChange={onPeriod}
          options={[...data.periods.map((p) => ({ value: p, label: periodName(p) })), { value: 'year', label: '全年' }]}
        />
        <Statistic title="评价总数" value={data.totals.total} />
        <Statistic title="满意率" value={rate(data.totals.satisfiedRate)} />
        <Statistic title="待回访整改" value={data.openFollowUps} />
      </Flex>
      <Table<Item>
        size="small"
        rowKey={(i) => i.project.id}
        dataSource={data.items}
        pagination={false}
        scroll={{ x: 640 }}
        columns={[
          { title: '序号', width: 56, render: (_, i) => i.project.seq },
          { title: '项目', render: (_, i) => i.project.name },
          { title: '牵头单位', dataIndex: 'leadUnitName', width: 140 },
          { title: '满意', dataIndex: 'satisfied', width: 60, align: 'center' },
          { title: '基本满意', dataIndex: 'basic', width: 80, align: 'center' },
          { title: '不满意', dataIndex: 'unsatisfied', width: 70, align: 'center' },
          { title: '满意率', width: 80, align: 'center', render: (_, i) => rate(i.satisfiedRate) },
          {
            title: '是否通过',
            width: 84,
            align: 'center',
            render: (_, i) => (i.total === 0 ? <Tag>未参评</Tag> : i.passed ? <Tag color="green">通过</Tag> : <Tag color="red">未通过</Tag>),
          },
        ]}
      />
    </Card>
  );
}
