import { useState } from 'react';
import { Alert, Button, InputNumber, Modal, Segmented, Typography } from 'antd';
import dayjs from 'dayjs';
import { ApiError, errorMessage } from '../../api/http-client';
import type { Target, TrajectoryShape } from '../../../contract/targets.contract';
import { formatDate } from '../../components/date-format.util';
import { formatTargetValue, monthLabel, SHAPE_OPTIONS } from './target-labels';
import { isVersionConflict, useTargetErrorNotice } from './use-target-error.hook';
import { useSaveTrajectory } from './use-targets.query';

const SHAPE_HINTS: Record<TrajectoryShape, string> = {
  linear: '从年初到完成时限每月等量推进。',
  front_loaded: '前期推进快、后期收尾，适合年初即可集中铺开的事项。',
  back_loaded: '前期做准备、后期集中完成，适合需要立项、招标、施工的工程。',
  custom: '逐月填写累计完成值：不得减少、不得超过目标值，最后一个月等于目标值。',
};

/** The months the plan covers: those the server already planned, else January of the due year to the due month. */
function planMonths(target: Target): string[] {
  if (target.trajectory.length > 0) return target.trajectory.map((point) => point.month);
  const due = dayjs(target.dueDate);
  const months: string[] = [];
  for (let month = due.startOf('year'); !month.isAfter(due, 'month'); month = month.add(1, 'month')) {
    months.push(month.format('YYYY-MM'));
  }
  return months;
}

/** Months the server's 400 points at, wherever its `details` carry them (`{ month }`, `{ months }`, issue lists…). */
function monthsIn(details: unknown, depth = 0): string[] {
  if (typeof details === 'string') return /^\d{4}-\d{2}$/.test(details) ? [details] : [];
  if (depth > 3 || typeof details !== 'object' || details === null) return [];
  return Object.values(details).flatMap((value: unknown) => monthsIn(value, depth + 1));
}

/** Months named in the server's message, e.g. `2024年4月的计划值 150 超过了目标值 112` → `2024-04`. */
function monthsInMessage(text: string): string[] {
  return [...text.matchAll(/(\d{4})年(\d{1,2})月/g)].map(([, year, month]) => `${year}-${(month ?? '').padStart(2, '0')}`);
}

/** 计划进度: a shape of the planned curve, or a cumulative value typed for every month. */
export function TrajectoryEditorModal({ target, onClose, onSaved }: { target: Target; onClose: () => void; onSaved: (message: string) => void }) {
  const months = planMonths(target);
  const crossesYear = months[0]?.slice(0, 4) !== months[months.length - 1]?.slice(0, 4);
  const [shape, setShape] = useState<TrajectoryShape>(target.trajectoryShape);
  const [values, setValues] = useState<Record<string, number | null>>(() => Object.fromEntries(target.trajectory.map((point) => [point.month, point.value])));
  const [emptyMonths, setEmptyMonths] = useState<string[]>([]);
  const save = useSaveTrajectory();
  const notice = useTargetErrorNotice();
  const serverError = save.isError && !isVersionConflict(save.error) ? save.error : null;
  const badMonths = new Set([
    ...emptyMonths,
    ...(serverError instanceof ApiError ? [...monthsIn(serverError.details), ...monthsInMessage(serverError.message)] : []),
  ]);

  const fillEvenly = () => {
    const isWhole = Number.isInteger(target.value);
    setValues(
      Object.fromEntries(
        months.map((month, index) => {
          const share = (target.value * (index + 1)) / months.length;
          return [month, isWhole ? Math.round(share) : Number(share.toFixed(2))];
        }),
      ),
    );
  };

  const submit = () => {
    const missing = shape === 'custom' ? months.filter((month) => typeof values[month] !== 'number') : [];
    setEmptyMonths(missing);
    if (missing.length > 0) return;
    save.mutate(
      {
        id: target.id,
        version: target.version,
        shape,
        months: shape === 'custom' ? months.map((month) => ({ month, value: values[month] ?? 0 })) : undefined,
      },
      {
        onSuccess: () => onSaved('计划进度已保存'),
        onError: (error) => {
          if (!isVersionConflict(error)) return;
          notice(error);
          onClose();
        },
      },
    );
  };

  return (
    <Modal title={`计划进度：${target.label}`} open okText="保存" confirmLoading={save.isPending} onOk={submit} onCancel={onClose} width={640}>
      <Typography.Paragraph type="secondary">
        目标 {formatTargetValue(target)}，{formatDate(target.dueDate)}前完成。
      </Typography.Paragraph>
      <Segmented<TrajectoryShape> block options={SHAPE_OPTIONS} value={shape} onChange={setShape} style={{ marginBottom: 8 }} />
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {SHAPE_HINTS[shape]}
      </Typography.Paragraph>
      {serverError && <Alert type="error" showIcon title={errorMessage(serverError)} style={{ marginBottom: 12 }} />}
      {emptyMonths.length > 0 && <Alert type="error" showIcon title="请填写每个月的累计完成值" style={{ marginBottom: 12 }} />}
      {shape === 'custom' && (
        <>
          <div className="ms-month-grid" data-testid="month-grid">
            {months.map((month) => (
              <label key={month} className="ms-month-cell">
                <span>{monthLabel(month, crossesYear)}</span>
                <InputNumber
                  size="small"
                  min={0}
                  value={values[month] ?? null}
                  status={badMonths.has(month) ? 'error' : undefined}
                  aria-label={`${monthLabel(month, true)}累计值`}
                  style={{ width: '100%' }}
                  onChange={(value) => setValues((old) => ({ ...old, [month]: value }))}
                />
              </label>
            ))}
          </div>
          <Button size="small" type="link" style={{ paddingInline: 0, marginTop: 8 }} onClick={fillEvenly}>
            按均匀推进预填
          </Button>
        </>
      )}
    </Modal>
  );
}
