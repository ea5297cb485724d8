import { Card, Empty, Typography } from 'antd';
import type { CoUnitNote } from '../../../contract/weekly.contract';
import { formatDateTime } from '../../components/date-format.util';

/** 协办单位说明: what each co-unit did for the project this week, read-only for the lead unit. */
export function CoUnitNotes({ notes }: { notes: CoUnitNote[] }) {
  return (
    <Card size="small" title="协办单位说明" style={{ marginBottom: 12 }}>
      {notes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本周暂无协办单位说明" />
      ) : (
        notes.map((note) => (
          <div key={note.id} style={{ marginBottom: 10 }}>
            <Typography.Text strong>{note.unitName}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {note.author} · {formatDateTime(note.updatedAt)}
            </Typography.Text>
            <Typography.Paragraph className="ms-pre-wrap" style={{ marginBottom: 0 }}>
              {note.text}
            </Typography.Paragraph>
          </div>
        ))
      )}
    </Card>
  );
}
