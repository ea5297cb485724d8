import { Card, Empty, Flex, Spin, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { LedgerItem } from '../../../contract/ledger.contract';
import { LedgerLatest, LedgerTargets } from './ledger-details.component';
import { LedgerProgress, LedgerStatusTags } from './ledger-status.component';

/** The master ledger on a phone: one card per project. */
export function LedgerCardList({ items, loading }: { items: LedgerItem[]; loading: boolean }) {
  if (!loading && items.length === 0) return <Empty description="没有符合条件的项目" />;
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={8}>
        {items.map((item) => (
          <Card key={item.projectId} size="small">
            <Link to={`/projects/${item.projectId}`} style={{ fontWeight: 600, fontSize: 15 }}>
              {item.seq}. {item.name}
            </Link>
            <Flex gap={12} align="flex-start" style={{ margin: '8px 0' }}>
              <div className="ms-shrink" style={{ flex: 1 }}>
                <LedgerProgress item={item} />
              </div>
              <LedgerStatusTags item={item} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              主办：{item.leadUnits.join('、')}
            </Typography.Text>
            <LedgerTargets item={item} />
            <div style={{ marginTop: 6 }}>
              <LedgerLatest item={item} />
            </div>
          </Card>
        ))}
      </Flex>
    </Spin>
  );
}
