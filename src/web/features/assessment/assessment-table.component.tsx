import { Button, Table } from 'antd';
import type { AssessmentResponse, AssessmentRow } from '../../../contract/assessment.contract';

/** The league table: rank, unit, points per criterion (wide screens), month and year totals; a score opens its facts. */
export function AssessmentTable({ data, onExplain }: { data: AssessmentResponse; onExplain: (row: AssessmentRow) => void }) {
  return (
    <Table<AssessmentRow>
      size="small"
      rowKey="unitId"
      pagination={false}
      dataSource={data.rows}
      data-testid="assessment-table"
      columns={[
        { title: '排名', dataIndex: 'rank', width: 48, align: 'center' },
        { title: '单位', dataIndex: 'unitName', ellipsis: true },
        ...data.criteria.map((c, i) => ({
          title: `${c.label}（${c.weight}）`,
          key: c.key,
          width: 96,
          align: 'center' as const,
          responsive: ['lg' as const],
          render: (_: unknown, row: AssessmentRow) => row.month.criteria[i]?.points,
        })),
        {
          title: `${Number(data.month.slice(5))}月得分`,
          key: 'month',
          width: 76,
          align: 'center',
          render: (_, row) => (
            <Button type="link" size="small" onClick={() => onExplain(row)} aria-label={`${row.unitName}得分说明`} style={{ padding: 0 }}>
              {row.month.total}
            </Button>
          ),
        },
        { title: '年度', key: 'year', width: 60, align: 'center', render: (_, row) => row.year.total },
      ]}
    />
  );
}
