import { Card, Checkbox, DatePicker, Flex, Input, Typography } from 'antd';
import dayjs from 'dayjs';
import type { UnitRef } from '../../../contract/units.contract';
import type { WeeklyAutosave } from './use-weekly-autosave.hook';
import { WeeklyAttachments } from './weekly-attachments.component';
import type { WeeklyDraft } from './weekly-draft.util';
import { localFlags } from './weekly-draft.util';
import { WeeklyValueField } from './weekly-value-field.component';

interface WeeklyEditorProps {
  autosave: WeeklyAutosave;
  coUnits: UnitRef[];
  /** after a failed 提交, flagged values without a 说明 are marked */
  showErrors: boolean;
}

const TEXT_FIELDS: { key: 'progressText' | 'problemsText' | 'nextStepsText'; label: string; placeholder: string }[] = [
  { key: 'progressText', label: '本周进展', placeholder: '本周完成了哪些工作' },
  { key: 'problemsText', label: '存在问题', placeholder: '遇到的困难和堵点卡点，没有可填“无”' },
  { key: 'nextStepsText', label: '下步计划', placeholder: '下周打算做什么' },
];

/** The flags a value carries now: the server's from the last save plus the ones checked while typing. */
export function currentFlags(autosave: WeeklyAutosave, index: number): string[] {
  const value = autosave.latest.values[index];
  const typed = autosave.draft.values[index];
  if (!value || !typed) return [];
  const saved = String(value.actual ?? '') === typed.actual.trim() ? value.flags : [];
  return [...new Set([...saved, ...localFlags(typed.actual, value.previous, value.target, value.unit)])];
}

/** The editable weekly form: targets, milestones, the three texts, contributing co-units and attachments. */
export function WeeklyEditor({ autosave, coUnits, showErrors }: WeeklyEditorProps) {
  const { draft, latest, change, saveNow } = autosave;
  const onBlur = () => void saveNow();

  const changeValue = (index: number, patch: Partial<WeeklyDraft['values'][number]>) => {
    change({ values: draft.values.map((value, i) => (i === index ? { ...value, ...patch } : value)) });
  };

  return (
    <>
      {latest.values.length > 0 && (
        <Card size="small" title="目标完成情况（累计）" style={{ marginBottom: 12 }}>
          <Flex vertical gap={20}>
            {latest.values.map((value, index) => {
              const flags = currentFlags(autosave, index);
              const typed = draft.values[index];
              return (
                <WeeklyValueField
                  key={value.targetId}
                  value={value}
                  actual={typed?.actual ?? ''}
                  reason={typed?.reason ?? ''}
                  flags={flags}
                  reasonMissing={showErrors && flags.length > 0 && !typed?.reason.trim()}
                  onChange={(patch) => changeValue(index, patch)}
                  onBlur={onBlur}
                />
              );
            })}
          </Flex>
        </Card>
      )}

      {latest.milestones.length > 0 && (
        <Card size="small" title="节点完成情况" style={{ marginBottom: 12 }}>
          <Flex vertical gap={12}>
            {latest.milestones.map((milestone, index) => (
              <div key={milestone.milestoneId}>
                <div className="ms-weekly-label">{milestone.title}</div>
                <DatePicker
                  size="large"
                  placeholder="完成日期"
                  aria-label={`${milestone.title}完成日期`}
                  inputReadOnly
                  style={{ width: '100%', maxWidth: 280 }}
                  value={draft.milestones[index]?.completedOn ? dayjs(draft.milestones[index].completedOn) : null}
                  format="YYYY年M月D日"
                  onChange={(date) => {
                    change({
                      milestones: draft.milestones.map((item, i) => (i === index ? { ...item, completedOn: date ? date.format('YYYY-MM-DD') : null } : item)),
                    });
                  }}
                />
              </div>
            ))}
          </Flex>
        </Card>
      )}

      <Card size="small" title="工作情况" style={{ marginBottom: 12 }}>
        <Flex vertical gap={16}>
          {TEXT_FIELDS.map((field) => (
            <div key={field.key}>
              <label className="ms-weekly-label" htmlFor={`weekly-${field.key}`}>
                {field.label}
              </label>
              <Input.TextArea
                id={`weekly-${field.key}`}
                autoSize={{ minRows: 3, maxRows: 12 }}
                placeholder={field.placeholder}
                value={draft[field.key]}
                onChange={(event) => change({ [field.key]: event.target.value })}
                onBlur={onBlur}
              />
            </div>
          ))}
        </Flex>
      </Card>

      {coUnits.length > 0 && (
        <Card size="small" title="本周参与的协办单位" style={{ marginBottom: 12 }}>
          <Checkbox.Group
            value={draft.coUnitIds}
            onChange={(ids) => change({ coUnitIds: ids })}
            style={{ display: 'flex', flexDirection: 'column', gap: 10 }}
            options={coUnits.map((unit) => ({ value: unit.id, label: unit.name }))}
          />
        </Card>
      )}

      <Card size="small" title="现场照片和附件" style={{ marginBottom: 12 }}>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          支持照片、PDF、Word、Excel，单个文件不超过 10 MB
        </Typography.Paragraph>
        <WeeklyAttachments
          attachments={latest.attachments}
          editor={{
            ensureUpdateId: async () => (await saveNow(true))?.id ?? null,
            onChange: (attachments) => autosave.setAttachments(attachments),
          }}
        />
      </Card>
    </>
  );
}
