import type { CSSProperties } from 'react';
import { Typography } from 'antd';
import type { Plan } from '../../../contract/plans.contract';

/** A plan page's title, with the plan's year and title after it in grey (once the plan has loaded). */
export function PlanPageTitle({ title, plan, style }: { title: string; plan: Plan | undefined; style?: CSSProperties }) {
  return (
    <Typography.Title level={4} style={style ?? { marginTop: 0 }}>
      {title}
      {plan && (
        <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 400, marginInlineStart: 8 }}>
          {plan.year}年 {plan.title}
        </Typography.Text>
      )}
    </Typography.Title>
  );
}
