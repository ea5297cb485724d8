import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Flex, Grid, Typography } from 'antd';
import { CheckCircleOutlined, CloudSyncOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { UnitRef } from '../../../contract/units.contract';
import { errorMessage } from '../../api/http-client';
import { beijingTime } from '../../components/date-format.util';
import type { WeeklyUpdate } from '../../../contract/weekly.contract';
import { useWeeklyAction } from './use-weekly.query';
import type { WeeklyAutosave } from './use-weekly-autosave.hook';
import { useWeeklyAutosave } from './use-weekly-autosave.hook';
import { clearStoredDraft } from './weekly-draft.util';
import { currentFlags, WeeklyEditor } from './weekly-editor.component';
import { errorDetailLines } from './weekly-error-details.util';

function SaveStatus({ autosave }: { autosave: WeeklyAutosave }) {
  const { saveState, savedAt, errorText } = autosave;
  if (saveState === 'saving') {
    return (
      <Typography.Text type="secondary">
        <CloudSyncOutlined /> 保存中…
      </Typography.Text>
    );
  }
  if (saveState === 'conflict' || saveState === 'locked') {
    return (
      <Typography.Text type="danger">
        <ExclamationCircleOutlined /> 未保存（内容保留在本机）
      </Typography.Text>
    );
  }
  if (saveState === 'error') {
    return (
      <Typography.Text type="danger">
        <ExclamationCircleOutlined /> 未能保存（{errorText}），内容已保留在本机
      </Typography.Text>
    );
  }
  if (savedAt) {
    return (
      <Typography.Text type="success" data-testid="weekly-saved">
        <CheckCircleOutlined /> 已保存 {beijingTime(savedAt).format('HH:mm:ss')}
      </Typography.Text>
    );
  }
  return <Typography.Text type="secondary">输入后自动保存</Typography.Text>;
}

interface WeeklyEditPanelProps {
  update: WeeklyUpdate;
  coUnits: UnitRef[];
  onReload: () => void;
}

/** The editable form with autosave, the conflict banner and the 提交 bar at the bottom. */
export function WeeklyEditPanel({ update, coUnits, onReload }: WeeklyEditPanelProps) {
  const { message } = App.useApp();
  const isPhone = Grid.useBreakpoint().md === false;
  const autosave = useWeeklyAutosave(update);
  const action = useWeeklyAction(autosave.latest.id);
  const [showErrors, setShowErrors] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  // On a phone the reasons sit below the fold: bring them into view.
  useEffect(() => {
    if (submitError !== null) errorRef.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [submitError]);

  const missingReasons = autosave.latest.values.filter((_, index) => currentFlags(autosave, index).length > 0 && !autosave.draft.values[index]?.reason.trim());

  const submit = async () => {
    setShowErrors(true);
    setSubmitError(null);
    if (missingReasons.length > 0) {
      setSubmitError(new Error(`请为标记的数值填写说明：${missingReasons.map((value) => value.label).join('、')}`));
      return;
    }
    setIsSubmitting(true);
    const saved = await autosave.saveNow(true);
    if (!saved || saved.id === null) {
      setIsSubmitting(false);
      return;
    }
    try {
      await action.mutateAsync({ kind: 'submit', version: saved.version, updateId: saved.id });
      clearStoredDraft(update.projectId, update.week);
      void message.success('周报已报送督查室');
    } catch (error) {
      setSubmitError(error);
    } finally {
      setIsSubmitting(false);
    }
  };

  const isConflict = autosave.saveState === 'conflict';
  const detailLines = errorDetailLines(submitError);

  return (
    <>
      {isConflict && (
        <Alert
          type="error"
          showIcon
          banner
          style={{ marginBottom: 12 }}
          message="其他人已修改此周报，请刷新后再编辑"
          description="为避免覆盖他人的内容，本页已停止自动保存。您输入的内容保留在本机，刷新后可选择恢复。"
          action={
            <Button type="primary" danger onClick={onReload}>
              刷新
            </Button>
          }
        />
      )}
      {autosave.saveState === 'locked' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={autosave.errorText ?? '周报已报送，不能再修改'}
          action={<Button onClick={onReload}>刷新</Button>}
        />
      )}
      {autosave.staleCopy && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={`本机保留了 ${dayjs(autosave.staleCopy.savedAt).format('M月D日 HH:mm')} 未保存的内容`}
          description="服务器上的周报此后已被修改。恢复会用本机内容替换当前内容。"
          action={
            <Flex vertical gap={4}>
              <Button size="small" type="primary" onClick={autosave.restoreStaleCopy}>
                恢复
              </Button>
              <Button size="small" onClick={autosave.discardStaleCopy}>
                丢弃
              </Button>
            </Flex>
          }
        />
      )}
      <fieldset disabled={isConflict} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <WeeklyEditor autosave={autosave} coUnits={coUnits} showErrors={showErrors} />
      </fieldset>
      <div ref={errorRef} />
      {submitError !== null && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={errorMessage(submitError)}
          description={
            detailLines.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {detailLines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )
          }
        />
      )}
      <div className="ms-submit-bar">
        <Flex vertical={isPhone} gap={8} align={isPhone ? 'stretch' : 'center'} justify="space-between">
          <SaveStatus autosave={autosave} />
          <Button type="primary" size="large" block={isPhone} disabled={isConflict} loading={isSubmitting} onClick={() => void submit()}>
            {update.status === 'returned' ? '修改后重新提交' : '提交'}
          </Button>
        </Flex>
      </div>
    </>
  );
}
