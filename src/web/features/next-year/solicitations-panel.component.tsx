import { useState } from 'react';
import { App, Button, Card, DatePicker, Drawer, Empty, Flex, Form, Input, InputNumber, List, Modal, Segmented, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Proposal, Solicitation } from '../../../contract/solicitations.contract';
import { PROPOSAL_STATUS_LABELS } from '../../../contract/solicitations.contract';
import { errorMessage } from '../../api/http-client';
import { QueryError } from '../../components/query-error.component';
import { useCreateSolicitation, useModerateProposal, useProposals, useSaveCandidate, useSolicitations } from './use-next-year.query';

interface NewValues {
  year: number;
  title: string;
  description?: string;
  period: [Dayjs, Dayjs];
}

const STATUS_COLOR = { pending: 'gold', approved: 'green', rejected: 'default' } as const;

/** 项目征集: the 督查室 opens a call for a year and moderates what the public proposes (approved ones go public). */
export function SolicitationsPanel({ year }: { year: number }) {
  const solicitations = useSolicitations();
  const create = useCreateSolicitation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewValues>();
  const [creating, setCreating] = useState(false);
  const [reviewing, setReviewing] = useState<Solicitation | null>(null);

  if (solicitations.isError) return <QueryError error={solicitations.error} onRetry={() => void solicitations.refetch()} />;
  const submit = (v: NewValues) =>
    create.mutate(
      {
        year: v.year,
        title: v.title.trim(),
        description: v.description?.trim() ?? '',
        startsOn: v.period[0].format('YYYY-MM-DD'),
        endsOn: v.period[1].format('YYYY-MM-DD'),
      },
      {
        onSuccess: () => {
          void message.success('已发起征集，群众可在公开页面提交建议');
          setCreating(false);
          form.resetFields();
        },
        onError: (e) => void message.error(errorMessage(e)),
      },
    );

  return (
    <>
      <Flex justify="end" style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setCreating(true)}>
          发起征集
        </Button>
      </Flex>
      <List
        loading={solicitations.isPending}
        locale={{ emptyText: <Empty description="还没有发起项目征集" /> }}
        dataSource={solicitations.data?.items ?? []}
        renderItem={(s) => (
          <Card size="small" style={{ marginBottom: 8 }} data-testid="solicitation">
            <Flex wrap justify="space-between" gap={8}>
              <div className="ms-shrink">
                <Typography.Text strong>{s.title}</Typography.Text> {s.isOpen ? <Tag color="green">征集中</Tag> : <Tag>未在征集期</Tag>}
                <div>
                  <Typography.Text type="secondary">
                    {s.year}年 · {s.startsOn} 至 {s.endsOn} · 待审核 {s.pendingCount} · 已公开 {s.approvedCount} · 未通过 {s.rejectedCount}
                  </Typography.Text>
                </div>
              </div>
              <Button onClick={() => setReviewing(s)}>审核建议</Button>
            </Flex>
          </Card>
        )}
      />
      <Modal
        title="发起项目征集"
        open={creating}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
        okText="发起"
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ year, title: `${year}年民生实事项目征集` }}>
          <Form.Item label="征集年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
            <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label="征集时间" name="period" rules={[{ required: true, message: '请选择征集起止日期' }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} inputReadOnly />
          </Form.Item>
          <Form.Item label="说明" name="description">
            <Input.TextArea rows={4} maxLength={5000} placeholder="征集范围、要求等" />
          </Form.Item>
        </Form>
      </Modal>
      <ProposalsDrawer solicitation={reviewing} onClose={() => setReviewing(null)} />
    </>
  );
}

function ProposalsDrawer({ solicitation, onClose }: { solicitation: Solicitation | null; onClose: () => void }) {
  const proposals = useProposals(solicitation?.id ?? null);
  const moderate = useModerateProposal();
  const toCandidate = useSaveCandidate();
  const { message, modal } = App.useApp();
  const [filter, setFilter] = useState<'pending' | 'approved' | 'rejected'>('pending');
  const [rejecting, setRejecting] = useState<Proposal | null>(null);
  const [reason, setReason] = useState('');

  const approve = (p: Proposal) =>
    moderate.mutate(
      { id: p.id, decision: 'approve' },
      { onSuccess: () => void message.success('已通过并公开'), onError: (e) => void message.error(errorMessage(e)) },
    );
  const reject = () =>
    rejecting &&
    moderate.mutate(
      { id: rejecting.id, decision: 'reject', reason: reason.trim() },
      { onSuccess: () => setRejecting(null), onError: (e) => void message.error(errorMessage(e)) },
    );
  const adopt = (p: Proposal) =>
    modal.confirm({
      title: '列为候选项目',
      content: `把“${p.title}”列入${solicitation?.year}年候选项目？列入后可在“候选项目”中补充牵头单位和投资。`,
      okText: '列入',
      onOk: () =>
        toCandidate
          .mutateAsync({ year: solicitation!.year, name: p.title, content: p.content, leadUnit: p.suggestedUnit, expectedEffect: '', proposalId: p.id })
          .then(
            () => void message.success('已列为候选项目'),
            (e) => void message.error(errorMessage(e)),
          ),
    });
  const items = (proposals.data?.items ?? []).filter((p) => p.status === filter);

  return (
    <Drawer title={solicitation ? `审核建议 · ${solicitation.title}` : ''} open={solicitation !== null} onClose={onClose} size="large">
      <Segmented
        block
        value={filter}
        onChange={(v) => setFilter(v as typeof filter)}
        options={(['pending', 'approved', 'rejected'] as const).map((s) => ({ value: s, label: PROPOSAL_STATUS_LABELS[s] }))}
        style={{ marginBottom: 12 }}
      />
      <List
        loading={proposals.isPending}
        locale={{ emptyText: '没有此类建议' }}
        dataSource={items}
        renderItem={(p) => (
          <Card size="small" style={{ marginBottom: 8 }} data-testid="proposal">
            <Typography.Text strong>{p.title}</Typography.Text> <Tag color={STATUS_COLOR[p.status]}>{PROPOSAL_STATUS_LABELS[p.status]}</Tag>
            <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>背景：{p.background}</Typography.Paragraph>
            <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>建议：{p.content}</Typography.Paragraph>
            <Typography.Text type="secondary">
              {p.suggestedUnit ? `建议牵头单位：${p.suggestedUnit} · ` : ''}
              {p.name ?? '匿名'} {p.phone ?? ''} · {p.createdAt.slice(0, 10)}
            </Typography.Text>
            {p.rejectReason && <div>未通过原因：{p.rejectReason}</div>}
            <Space wrap style={{ marginTop: 8 }}>
              {p.status === 'pending' && (
                <>
                  <Button type="primary" size="small" onClick={() => approve(p)} loading={moderate.isPending}>
                    通过并公开
                  </Button>
                  <Button
                    size="small"
                    danger
                    onClick={() => {
                      setRejecting(p);
                      setReason('');
                    }}
                  >
                    不通过
                  </Button>
                </>
              )}
              {p.status === 'approved' && (
                <Button size="small" onClick={() => adopt(p)}>
                  列为候选项目
                </Button>
              )}
            </Space>
          </Card>
        )}
      />
      <Modal
        title="不通过的原因"
        open={rejecting !== null}
        onCancel={() => setRejecting(null)}
        onOk={reject}
        okButtonProps={{ disabled: !reason.trim() }}
        okText="确定"
      >
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} placeholder="如：不属于民生实事范围" />
      </Modal>
    </Drawer>
  );
}
