import { Tooltip, Typography } from 'antd';
import type { LedgerItem, LedgerTarget } from '../../../contract/ledger.contract';
import { shortWeek } from '../weekly/week-format.util';

function amount(value: number | null): string {
  return value === null ? '—' : value.toLocaleString('zh-CN');
}

/** Over-achievement is shown as such up to this share; beyond it the cell says “>200%” and the tooltip the exact figure. */
const SHOWN_PERCENT_CAP = 200;

function TargetPercent({ target }: { target: LedgerTarget }) {
  if (target.actual === null || target.target === 0) return null;
  const raw = Math.round((target.actual / target.target) * 100);
  if (raw <= SHOWN_PERCENT_CAP) return <>（{raw}%）</>;
  return (
    <Tooltip title={`实际填报 ${amount(target.actual)}${target.unit}，为目标的 ${raw.toLocaleString('zh-CN')}%`}>
      <span data-testid="ledger-over-cap">（&gt;{SHOWN_PERCENT_CAP}%）</span>
    </Tooltip>
  );
}

/** 目标指标: `新改建充电桩：46/110座（42%）` per target, plan against actual. */
export function LedgerTargets({ item }: { item: LedgerItem }) {
  if (item.targets.length === 0) return <Typography.Text type="secondary">无量化指标</Typography.Text>;
  return (
    <div className="ms-ledger-text">
      {item.targets.map((target, index) => (
        <div key={`${target.label}-${index}`}>
          {target.label}：
          <Typography.Text strong style={{ fontSize: 12 }}>
            {amount(target.actual)}/{amount(target.target)}
            {target.unit}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <TargetPercent target={target} />
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}

const LATEST_FIELDS = [
  { key: 'progressText', label: '本周进展' },
  { key: 'problemsText', label: '存在问题' },
  { key: 'nextStepsText', label: '下步计划' },
] as const;

/** The latest accepted week's 本周进展 / 存在问题 / 下步计划. */
export function LedgerLatest({ item }: { item: LedgerItem }) {
  const latest = item.latest;
  if (!latest) return <Typography.Text type="secondary">尚无周报</Typography.Text>;
  return (
    <div className="ms-ledger-text">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {shortWeek(latest.week)}
      </Typography.Text>
      {LATEST_FIELDS.map((field) =>
        latest[field.key].trim() ? (
          <Typography.Paragraph
            key={field.key}
            style={{ marginBottom: 2, fontSize: 12 }}
            ellipsis={{ rows: 3, expandable: 'collapsible', symbol: (isExpanded) => (isExpanded ? '收起' : '展开') }}
          >
            <Typography.Text strong style={{ fontSize: 12 }}>
              {field.label}：
            </Typography.Text>
            {latest[field.key]}
          </Typography.Paragraph>
        ) : null,
      )}
    </div>
  );
}
