import { Flex, Input, Tag, Typography } from 'antd';
import type { WeeklyValue } from '../../../contract/weekly.contract';
import { isValidActual } from './weekly-draft.util';
import { flagLabel } from './weekly-labels';

interface WeeklyValueFieldProps {
  value: WeeklyValue;
  actual: string;
  reason: string;
  /** the server's flags merged with the ones checked on the device */
  flags: string[];
  reasonMissing: boolean;
  onChange: (patch: { actual?: string; reason?: string }) => void;
  onBlur: () => void;
}

function formatNumber(value: number | null): string {
  return value === null ? '—' : value.toLocaleString('zh-CN');
}

/** One target: a large cumulative-value input, the target and last week's value, and a 说明 when flagged. */
export function WeeklyValueField({ value, actual, reason, flags, reasonMissing, onChange, onBlur }: WeeklyValueFieldProps) {
  const inputId = `weekly-value-${value.targetId}`;
  const isValid = isValidActual(actual);
  return (
    <div className="ms-weekly-value">
      <label htmlFor={inputId} className="ms-weekly-label">
        {value.label}（{value.unit}）
      </label>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 6 }}>
        目标 {formatNumber(value.target)} · 上周 {formatNumber(value.previous)}
      </Typography.Text>
      <Input
        id={inputId}
        size="large"
        inputMode="decimal"
        autoComplete="off"
        placeholder="累计完成数"
        value={actual}
        status={isValid ? undefined : 'error'}
        suffix={value.unit}
        onChange={(event) => onChange({ actual: event.target.value })}
        onBlur={onBlur}
        aria-label={`${value.label}（${value.unit}）`}
      />
      {!isValid && <Typography.Text type="danger">请输入数字</Typography.Text>}
      {flags.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <Flex wrap gap={4} style={{ marginBottom: 4 }}>
            {flags.map((flag) => (
              <Tag key={flag} color="warning">
                {flagLabel(flag)}
              </Tag>
            ))}
          </Flex>
          <Input.TextArea
            aria-label={`${value.label}说明`}
            placeholder="请说明原因（必填）"
            autoSize={{ minRows: 2 }}
            value={reason}
            status={reasonMissing ? 'error' : undefined}
            onChange={(event) => onChange({ reason: event.target.value })}
            onBlur={onBlur}
          />
          {reasonMissing && <Typography.Text type="danger">该数值需要填写说明</Typography.Text>}
        </div>
      )}
    </div>
  );
}
