import { Table, Typography } from 'antd';
import type { Bulletin } from '../../../contract/bulletins.contract';

interface Props {
  bulletin: Bulletin;
  /** only the project table and the 挂牌督办 list, under the editor's textareas */
  tablesOnly?: boolean;
}

/** A bulletin read as text: title, 文号, paragraphs, the project table and the lagging list. */
export function BulletinView({ bulletin, tablesOnly = false }: Props) {
  const table = bulletin.table;
  return (
    <>
      {!tablesOnly && (
        <>
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginBottom: 4 }}>
            {bulletin.docNumber}
          </Typography.Paragraph>
          <Typography.Title level={5} style={{ textAlign: 'center', marginTop: 0 }}>
            {bulletin.title}
          </Typography.Title>
          <Typography.Paragraph>{bulletin.recipients}：</Typography.Paragraph>
          {bulletin.paragraphs.map((p, index) => (
            <div key={index}>
              {p.heading && <Typography.Text strong>{p.heading}</Typography.Text>}
              {p.text.split('\n').map((line, i) => (
                <Typography.Paragraph key={i} style={{ textIndent: '2em', marginBottom: 8 }}>
                  {line}
                </Typography.Paragraph>
              ))}
            </div>
          ))}
        </>
      )}
      {table && table.rows.length > 0 && (
        <>
          <Typography.Text strong>{table.caption}</Typography.Text>
          <Table
            size="small"
            rowKey={(row) => row.join('|')}
            pagination={false}
            scroll={{ x: 'max-content' }}
            style={{ margin: '8px 0 16px' }}
            columns={table.columns.map((title, i) => ({ title, key: String(i), render: (_: unknown, row: string[]) => row[i] }))}
            dataSource={table.rows}
          />
        </>
      )}
    </>
  );
}
