import { Card, InputNumber, Space, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { CandidatesPanel } from '../features/next-year/candidates-panel.component';
import { SolicitationsPanel } from '../features/next-year/solicitations-panel.component';
import { VoteSessionsPanel } from '../features/next-year/vote-sessions-panel.component';

/** 下一年度清单 (督查室): 项目征集 and moderation, 候选项目, 人大代表票决 and the plan draft from its result. */
export default function NextYearPage() {
  const [params, setParams] = useSearchParams();
  const fallback = new Date().getFullYear() + 1;
  const chosen = Number(params.get('year'));
  const year = Number.isInteger(chosen) && chosen >= 2000 && chosen <= 2100 ? chosen : fallback;
  const tab = params.get('tab') ?? 'solicitations';
  const set = (changes: Record<string, string>) => setParams({ year: String(year), tab, ...changes }, { replace: true });

  return (
    <Card size="small">
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          下一年度清单
        </Typography.Title>
        <InputNumber
          aria-label="年度"
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && set({ year: String(v) })}
          addonAfter="年"
          style={{ width: 130 }}
        />
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(key) => set({ tab: key })}
        items={[
          { key: 'solicitations', label: '项目征集', children: <SolicitationsPanel year={year} /> },
          { key: 'candidates', label: '候选项目', children: <CandidatesPanel year={year} /> },
          { key: 'votes', label: '代表票决', children: <VoteSessionsPanel year={year} /> },
        ]}
      />
    </Card>
  );
}
