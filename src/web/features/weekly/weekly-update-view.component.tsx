import { Descriptions, Flex, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { UnitRef } from '../../../contract/units.contract';
import type { WeeklyUpdate, WeeklyValue } from '../../../contract/weekly.contract';
import { formatDate } from '../../components/date-format.util';
import { WeeklyAttachments } from './weekly-attachments.component';
import { flagLabel } from './weekly-labels';

function amount(value: number | null): string {
  return value === null ? '—' : value.toLocaleString('zh-CN');
}

/** `46/110座`, the change since last week and any flag with its reason. */
function ValueLine({ value, showPrevious }: { value: WeeklyValue; showPrevious: boolean }) {
  const delta = value.actual !== null && value.previous !== null ? value.actual - value.previous : null;
  return (
    <div style={{ marginBottom: 6 }}>
      <Typography.Text>{value.label}：</Typography.Text>
      <Typography.Text strong className="ms-value-figure">
        {amount(value.actual)}/{amount(value.target)}
        {value.unit}
      </Typography.Text>
      {showPrevious && (
        <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
          上周 {amount(value.previous)}
          {delta !== null && delta !== 0 && `（${delta > 0 ? '+' : ''}${amount(delta)}）`}
        </Typography.Text>
      )}
      {value.flags.length > 0 && (
        <Flex wrap gap={4} align="baseline" style={{ marginTop: 2 }}>
          {value.flags.map((flag) => (
            <Tag key={flag} color="warning">
              {flagLabel(flag)}
            </Tag>
          ))}
          <Typography.Text type="warning">说明：{value.reason || '（未填写）'}</Typography.Text>
        </Flex>
      )}
    </div>
  );
}

function Text({ text }: { text: string }) {
  if (!text.trim()) return <Typography.Text type="secondary">（未填写）</Typography.Text>;
  return <span className="ms-pre-wrap">{text}</span>;
}

interface WeeklyUpdateViewProps {
  update: WeeklyUpdate;
  /** the project's co-units, to name the contributing ones */
  coUnits?: UnitRef[];
  showPrevious?: boolean;
}

/** A weekly update read-only: values against target, milestones, texts, co-units and attachments. */
export function WeeklyUpdateView({ update, coUnits = [], showPrevious = false }: WeeklyUpdateViewProps) {
  const contributing = coUnits.filter((unit) => update.coUnitIds.includes(unit.id)).map((unit) => unit.name);
  const items: DescriptionsProps['items'] = [];
  if (update.values.length > 0) {
    items.push({
      key: 'values',
      label: '目标完成',
      children: (
        <div>
          {update.values.map((value) => (
            <ValueLine key={value.targetId} value={value} showPrevious={showPrevious} />
          ))}
        </div>
      ),
    });
  }
  if (update.milestones.length > 0) {
    items.push({
      key: 'milestones',
      label: '节点',
      children: (
        <div>
          {update.milestones.map((milestone) => (
            <div key={milestone.milestoneId}>
              {milestone.title}：
              {milestone.completedOn ? (
                <Typography.Text type="success">{formatDate(milestone.completedOn)}完成</Typography.Text>
              ) : (
                <Typography.Text type="secondary">未完成</Typography.Text>
              )}
            </div>
          ))}
        </div>
      ),
    });
  }
  items.push(
    { key: 'progress', label: '本周进展', children: <Text text={update.progressText} /> },
    { key: 'problems', label: '存在问题', children: <Text text={update.problemsText} /> },
    { key: 'next', label: '下步计划', children: <Text text={update.nextStepsText} /> },
  );
  if (contributing.length > 0) {
    items.push({ key: 'co', label: '参与协办', children: contributing.join('、') });
  }
  if (update.attachments.length > 0) {
    items.push({ key: 'files', label: '附件', children: <WeeklyAttachments attachments={update.attachments} /> });
  }
  return (
    <Descriptions
      column={1}
      size="small"
      layout="horizontal"
      className="ms-weekly-view"
      styles={{ label: { width: 76, whiteSpace: 'nowrap' } }}
      items={items}
    />
  );
}
