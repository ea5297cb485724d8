import { useState } from 'react';
import { App, Button, Card, Input, Typography } from 'antd';
import { errorMessage, hasErrorCode } from '../../api/http-client';
import type { CoUnitNote } from '../../../contract/weekly.contract';
import { formatDateTime } from '../../components/date-format.util';
import { useSaveCoNote } from './use-weekly.query';

interface CoNoteEditorProps {
  projectId: number;
  week: string;
  unitName: string;
  note: CoUnitNote | null;
}

/** 填写协办说明: a co-unit says what it did for the lead unit's project this week. */
export function CoNoteEditor({ projectId, week, unitName, note }: CoNoteEditorProps) {
  const { message } = App.useApp();
  const [text, setText] = useState(note?.text ?? '');
  const [saved, setSaved] = useState<CoUnitNote | null>(note);
  const save = useSaveCoNote(projectId, week);

  const submit = () =>
    save.mutate(
      { text: text.trim(), version: saved?.version ?? 0 },
      {
        onSuccess: (result) => {
          setSaved(result);
          void message.success('协办说明已保存');
        },
        onError: (error) => void message.error(hasErrorCode(error, 'VERSION_CONFLICT') ? '其他人已修改此说明，请刷新后再编辑' : errorMessage(error)),
      },
    );

  return (
    <Card size="small" title={`协办说明（${unitName}）`} style={{ marginBottom: 12 }}>
      <Typography.Paragraph type="secondary">本周为该项目做了哪些配合工作（如审批、手续、绿色通道）。</Typography.Paragraph>
      <Input.TextArea aria-label="协办说明" autoSize={{ minRows: 4, maxRows: 12 }} value={text} onChange={(event) => setText(event.target.value)} />
      {saved && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4, fontSize: 12 }}>
          {saved.author} 保存于 {formatDateTime(saved.updatedAt)}
        </Typography.Text>
      )}
      <Button type="primary" size="large" block style={{ marginTop: 12 }} loading={save.isPending} disabled={!text.trim()} onClick={submit}>
        保存协办说明
      </Button>
    </Card>
  );
}
