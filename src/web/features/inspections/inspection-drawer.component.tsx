import { useState } from 'react';
import { Button, Descriptions, Drawer, Empty, Flex, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { InspectionDetail } from '../../../contract/inspections.contract';
import { formatDate } from '../../components/date-format.util';
import { PageLoading } from '../../components/page-loading.component';
import { QueryError } from '../../components/query-error.component';
import { FindingCard } from './finding-card.component';
import { FindingFormModal } from './finding-form.modal';
import { useInspection } from './use-inspections.query';

function InspectionBody({ id, onEdit }: { id: number; onEdit: (inspection: InspectionDetail) => void }) {
  const query = useInspection(id);
  const [adding, setAdding] = useState(false);
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const i = query.data;
  return (
    <>
      <Descriptions
        column={1}
        size="small"
        styles={{ label: { width: 72 } }}
        items={[
          { key: 'date', label: '日期', children: `${formatDate(i.date)}（${i.kindLabel}）` },
          { key: 'who', label: '检查人员', children: i.inspectors },
          {
            key: 'projects',
            label: '检查项目',
            children: (
              <Flex vertical gap={2}>
                {i.projects.map((p) => (
                  <Link key={p.id} to={`/projects/${p.id}`}>{`${p.seq}. ${p.name}`}</Link>
                ))}
              </Flex>
            ),
          },
          ...(i.summary ? [{ key: 'summary', label: '检查小结', children: <span style={{ whiteSpace: 'pre-wrap' }}>{i.summary}</span> }] : []),
        ]}
      />
      <Flex wrap gap={8} justify="space-between" align="center" style={{ margin: '12px 0 8px' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          发现的问题 <Tag>{i.findings.length}</Tag>
        </Typography.Title>
        <Flex gap={8}>
          {i.permissions.canEdit && (
            <Button icon={<EditOutlined />} onClick={() => onEdit(i)}>
              修改
            </Button>
          )}
          {i.permissions.canAddFinding && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              记录问题
            </Button>
          )}
        </Flex>
      </Flex>
      {i.findings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有记录问题" />
      ) : (
        i.findings.map((f) => <FindingCard key={f.id} finding={f} />)
      )}
      {i.permissions.canAddFinding && (
        <FindingFormModal
          inspectionId={i.id}
          open={adding}
          projectOptions={i.projects.map((p) => ({ value: p.id, label: `${p.seq}. ${p.name}` }))}
          onClose={() => setAdding(false)}
        />
      )}
    </>
  );
}

/** An inspection's record, findings and rectifications, in a drawer that fills a phone screen. */
export function InspectionDrawer({ id, onClose, onEdit }: { id: number | null; onClose: () => void; onEdit: (inspection: InspectionDetail) => void }) {
  return (
    <Drawer title="督导检查" open={id !== null} onClose={onClose} width="min(640px, 100vw)" destroyOnHidden>
      {id !== null && <InspectionBody id={id} onEdit={onEdit} />}
    </Drawer>
  );
}
