import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import type { WorkdayYear } from '../../../contract/workdays.contract';
import { errorMessage, hasErrorCode } from '../../api/http-client';
import { formatDateTime } from '../../components/date-format.util';
import { HolidayRows } from './holiday-rows.component';
import { useResetWorkdayYear, useSaveWorkdayYear } from './use-workdays.query';
import { WorkdayRows } from './workday-rows.component';
import { draftOf, draftProblems, isDraftChanged } from './workday-draft.util';
import type { YearDraft } from './workday-draft.util';

interface Props {
  schedule: WorkdayYear;
  /** a year added on this page and not saved yet */
  isNew: boolean;
  /** reload the list, dropping this draft (after a conflict) */
  onReload(): void;
}

function SourceTag({ schedule, isNew }: Omit<Props, 'onReload'>) {
  if (isNew) return <Tag color="purple">新增，未保存</Tag>;
  return (
    <Space size={4} wrap>
      {schedule.source === 'shipped' ? <Tag color="blue">内置</Tag> : <Tag color="orange">已修改</Tag>}
      {!schedule.hasShipped && <Tag>无内置安排</Tag>}
    </Space>
  );
}

/** One year's holidays and 调休 working days, edited in place and saved with the version the admin loaded. */
export function YearScheduleEditor({ schedule, isNew, onReload }: Props) {
  const { message } = App.useApp();
  const save = useSaveWorkdayYear();
  const reset = useResetWorkdayYear();
  const [draft, setDraft] = useState<YearDraft>(() => draftOf(schedule));
  const [problems, setProblems] = useState<string[]>([]);
  const { year } = schedule;
  const isChanged = isNew || isDraftChanged(draft, schedule);
  const error = save.error ?? reset.error;
  const isConflict = hasErrorCode(error, 'VERSION_CONFLICT');

  const onSave = () => {
    const found = draftProblems(draft);
    setProblems(found);
    if (found.length) return;
    reset.reset();
    save.mutate(
      {
        year,
        holidays: draft.holidays.map(({ name, start, end }) => ({ name: name.trim(), start, end })),
        workdays: draft.workdays.map((w) => w.date),
        version: schedule.version,
      },
      { onSuccess: () => void message.success(`已保存 ${year} 年的节假日安排`) },
    );
  };
  const onReset = () => {
    save.reset();
    reset.mutate(year, { onSuccess: () => void message.success(schedule.hasShipped ? `${year} 年已恢复为系统内置安排` : `已删除 ${year} 年的节假日安排`) });
  };
  const edit = (change: Partial<YearDraft>) => {
    setProblems([]);
    setDraft((d) => ({ ...d, ...change }));
  };

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center" justify="space-between">
        <Space size={8} wrap>
          <Typography.Text strong>{year} 年</Typography.Text>
          <SourceTag schedule={schedule} isNew={isNew} />
          {schedule.updatedAt && (
            <Typography.Text type="secondary">
              {schedule.updatedBy} 修改于 {formatDateTime(schedule.updatedAt)}
            </Typography.Text>
          )}
        </Space>
        <Space wrap>
          {schedule.source === 'edited' && !isNew && (
            <Popconfirm
              title={schedule.hasShipped ? `恢复 ${year} 年为系统内置安排？` : `删除 ${year} 年的节假日安排？`}
              description={schedule.hasShipped ? '已修改的内容将被删除，无法撤销。' : '系统没有该年度的内置安排，删除后该年只按周末计算工作日。'}
              okText={schedule.hasShipped ? '恢复内置' : '删除'}
              okButtonProps={{ danger: true }}
              cancelText="取消"
              onConfirm={onReset}
            >
              <Button danger loading={reset.isPending}>
                {schedule.hasShipped ? '恢复内置' : '删除本年安排'}
              </Button>
            </Popconfirm>
          )}
          <Button icon={<UndoOutlined />} disabled={!isChanged || isNew} onClick={() => edit(draftOf(schedule))}>
            放弃修改
          </Button>
          <Button type="primary" icon={<SaveOutlined />} disabled={!isChanged} loading={save.isPending} onClick={onSave}>
            保存
          </Button>
        </Space>
      </Flex>

      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="请先完善以下内容再保存"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      {error && isConflict && (
        <Alert
          type="warning"
          showIcon
          title="保存失败：该年度的安排已被其他管理员修改"
          description={errorMessage(error)}
          action={
            <Button size="small" onClick={onReload}>
              加载最新内容
            </Button>
          }
        />
      )}
      {error && !isConflict && <Alert type="error" showIcon title={save.error ? '保存失败' : '操作失败'} description={errorMessage(error)} />}

      <Card size="small" title="法定节假日" type="inner">
        <HolidayRows year={year} rows={draft.holidays} onChange={(holidays) => edit({ holidays })} />
      </Card>
      <Card size="small" title="调休上班日" type="inner" extra={<Typography.Text type="secondary">需上班的周六、周日</Typography.Text>}>
        <WorkdayRows year={year} rows={draft.workdays} onChange={(workdays) => edit({ workdays })} />
      </Card>
    </Flex>
  );
}
