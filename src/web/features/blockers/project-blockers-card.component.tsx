import { useState } from 'react';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { beijingTime } from '../../components/date-format.util';
import { useProject } from '../projects/use-project.query';
import { BLOCKER_KIND_LABELS, BLOCKER_STATUS_COLORS, BLOCKER_STATUS_LABELS } from './blocker-labels';
import { RaiseBlockerModal } from './raise-blocker.modal';
import { usePlanBlockers } from './use-blockers.query';

/** 堵点卡点 on the project page: its blockers, and 反映堵点 for those the project's `permissions` allow to raise one. */
export function ProjectBlockersCard({ projectId, planId }: { projectId: number; planId: number }) {
  const [raising, setRaising] = useState(false);
  const blockers = usePlanBlockers(planId);
  const project = useProject(projectId);
  const canRaise = project.data?.permissions.canRaiseBlocker === true;
  const items = (blockers.data?.items ?? []).filter((b) => b.projectId === projectId);

  return (
    <Card
      size="small"
      title="堵点卡点"
      style={{ marginBottom: 16 }}
      extra={
        canRaise && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setRaising(true)}>
            反映堵点
          </Button>
        )
      }
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有堵点卡点" />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(b) => (
            <List.Item>
              <Link to={`/plans/${planId}/blockers?status=all&blocker=${b.id}`}>
                <Space wrap size={4}>
                  <Tag color={BLOCKER_STATUS_COLORS[b.status]}>{BLOCKER_STATUS_LABELS[b.status]}</Tag>
                  <Typography.Text>{BLOCKER_KIND_LABELS[b.kind]}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {beijingTime(b.raisedAt).format('YYYY年M月D日')}
                  </Typography.Text>
                </Space>
              </Link>
            </List.Item>
          )}
        />
      )}
      {canRaise && <RaiseBlockerModal projectId={projectId} open={raising} onClose={() => setRaising(false)} />}
    </Card>
  );
}
