import { Col, Flex, Row, Typography } from 'antd';
import type { ImportPreview } from '../../../contract/imports.contract';

type ImportChange = ImportPreview['plan']['changes'][number];

const boxStyle = (background: string) => ({
  background,
  borderRadius: 4,
  padding: '4px 8px',
  minHeight: 30,
});

function Value({ value }: { value: string | null }) {
  if (value === null || value === '') return <Typography.Text type="secondary">（空）</Typography.Text>;
  return <div className="ms-pre-wrap">{value}</div>;
}

/** Field-by-field before → after, stacked on phones. */
export function ChangeList({ changes }: { changes: ImportChange[] }) {
  return (
    <Flex vertical gap={12}>
      {changes.map((change) => (
        <div key={change.field}>
          <Typography.Text strong>{change.label}</Typography.Text>
          <Row gutter={[8, 4]} style={{ marginTop: 4 }}>
            <Col xs={24} md={12}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                修改前
              </Typography.Text>
              <div style={boxStyle('#fff1f0')}>
                <Value value={change.before} />
              </div>
            </Col>
            <Col xs={24} md={12}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                修改后
              </Typography.Text>
              <div style={boxStyle('#f6ffed')}>
                <Value value={change.after} />
              </div>
            </Col>
          </Row>
        </div>
      ))}
    </Flex>
  );
}
