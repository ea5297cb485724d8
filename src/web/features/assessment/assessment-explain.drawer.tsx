import { Descriptions, Drawer, List, Tag, Typography } from 'antd';
import type { AssessmentRow } from '../../../contract/assessment.contract';

/** Why a unit scored what it did: per criterion the points of the weight and each fact that cost points. */
export function AssessmentExplainDrawer({ row, monthLabel, onClose }: { row: AssessmentRow | null; monthLabel: string; onClose: () => void }) {
  return (
    <Drawer open={row !== null} onClose={onClose} title={row ? `${row.unitName} · ${monthLabel}得分 ${row.month.total}` : ''} width="min(560px, 100vw)">
      {row && (
        <>
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="排名">第 {row.rank} 名</Descriptions.Item>
            <Descriptions.Item label="牵头项目">{row.projects} 个</Descriptions.Item>
            <Descriptions.Item label="年度累计得分">{row.year.total}</Descriptions.Item>
          </Descriptions>
          <List
            data-testid="assessment-explain"
            dataSource={row.month.criteria}
            renderItem={(c) => (
              <List.Item>
                <div style={{ width: '100%', minWidth: 0 }}>
                  <Typography.Text strong>{c.label}</Typography.Text>{' '}
                  <Tag color={c.points >= c.weight ? 'green' : 'orange'}>
                    {c.points} / {c.weight} 分
                  </Tag>
                  <div>
                    <Typography.Text type="secondary">{c.summary}</Typography.Text>
                  </div>
                  {c.deductions.length > 0 && (
                    <ul style={{ margin: '4px 0 0', paddingLeft: 18, overflowWrap: 'anywhere' }}>
                      {c.deductions.map((d) => (
                        <li key={d}>{d}</li>
                      ))}
                    </ul>
                  )}
                </div>
              </List.Item>
            )}
          />
        </>
      )}
    </Drawer>
  );
}
