import { useEffect, useState } from 'react';
import { Alert, InputNumber, Modal, Space, Typography } from 'antd';
import { errorMessage } from '../../api/http-client';
import { useAssessmentRubric, useSaveRubric } from './use-assessment.query';

/** The 督查室 edits the plan's rubric: one weight per criterion, summing to 100 (the server refuses otherwise). */
export function RubricEditorModal({ planId, open, onClose }: { planId: number; open: boolean; onClose: () => void }) {
  const rubric = useAssessmentRubric(planId, open);
  const save = useSaveRubric(planId);
  const [weights, setWeights] = useState<Record<string, number>>({});
  useEffect(() => {
    if (rubric.data) setWeights(Object.fromEntries(rubric.data.criteria.map((c) => [c.key, c.weight])));
  }, [rubric.data]);
  const sum = Object.values(weights).reduce((s, w) => s + (w || 0), 0);
  const submit = () => {
    if (!rubric.data) return;
    save.mutate(
      { criteria: rubric.data.criteria.map((c) => ({ key: c.key, weight: weights[c.key] ?? 0 })), version: rubric.data.version },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal open={open} title="考核细则" okText="保存" cancelText="取消" onOk={submit} onCancel={onClose} confirmLoading={save.isPending} destroyOnHidden>
      {rubric.data?.isDefault && <Alert type="info" showIcon message="当前使用默认考核细则，保存后按本清单的细则计分。" style={{ marginBottom: 12 }} />}
      <Space direction="vertical" style={{ width: '100%' }}>
        {rubric.data?.criteria.map((c) => (
          <Space key={c.key} style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Text>{c.label}</Typography.Text>
            <InputNumber
              aria-label={`${c.label}分值`}
              min={0}
              max={100}
              value={weights[c.key]}
              onChange={(v) => setWeights((w) => ({ ...w, [c.key]: v ?? 0 }))}
              addonAfter="分"
              style={{ width: 120 }}
            />
          </Space>
        ))}
        <Typography.Text type={sum === 100 ? 'secondary' : 'danger'}>合计 {sum} 分（应为 100 分）</Typography.Text>
        {save.isError && <Alert type="error" showIcon message={errorMessage(save.error)} />}
      </Space>
    </Modal>
  );
}
