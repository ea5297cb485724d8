import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Form, Input, InputNumber, List, Modal, Space, Tag, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import type { Candidate } from '../../../contract/votes.contract';
import { errorMessage } from '../../api/http-client';
import { QueryError } from '../../components/query-error.component';
import { useCandidates, useDeleteCandidate, useOrderCandidates, useSaveCandidate } from './use-next-year.query';

interface Values {
  name: string;
  content: string;
  leadUnit?: string;
  investment?: number | null;
  expectedEffect?: string;
}

/** 候选项目: the 督查室 prepares the year's candidates (typed or from proposals) and orders them; a 票决 locks them. */
export function CandidatesPanel({ year }: { year: number }) {
  const candidates = useCandidates(year);
  const save = useSaveCandidate();
  const remove = useDeleteCandidate();
  const order = useOrderCandidates();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [editing, setEditing] = useState<Candidate | 'new' | null>(null);

  if (candidates.isError) return <QueryError error={candidates.error} onRetry={() => void candidates.refetch()} />;
  const items = candidates.data?.items ?? [];
  const open = (c: Candidate | 'new') => {
    setEditing(c);
    form.setFieldsValue(
      c === 'new'
        ? { name: '', content: '', leadUnit: '', investment: null, expectedEffect: '' }
        : { name: c.name, content: c.content, leadUnit: c.leadUnit ?? '', investment: c.investment, expectedEffect: c.expectedEffect },
    );
  };
  const submit = (v: Values) => {
    const fields = {
      year,
      name: v.name.trim(),
      content: v.content.trim(),
      leadUnit: v.leadUnit?.trim() || null,
      investment: v.investment ?? null,
      expectedEffect: v.expectedEffect?.trim() ?? '',
    };
    const input = editing !== 'new' && editing ? { ...fields, id: editing.id, version: editing.version } : fields;
    save.mutate(input, { onSuccess: () => setEditing(null), onError: (e) => void message.error(errorMessage(e)) });
  };
  const move = (index: number, by: -1 | 1) => {
    const ids = items.map((c) => c.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    order.mutate({ year, ids }, { onError: (e) => void message.error(errorMessage(e)) });
  };
  const confirmDelete = (c: Candidate) =>
    modal.confirm({
      title: '删除候选项目',
      content: `确定删除“${c.name}”？`,
      okButtonProps: { danger: true },
      okText: '删除',
      onOk: () => remove.mutateAsync(c).catch((e) => void message.error(errorMessage(e))),
    });

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {year}年候选项目 {items.length} 个。创建票决后，列入票决的项目不能再修改。
        </Typography.Text>
        <Button type="primary" onClick={() => open('new')}>
          新增候选项目
        </Button>
      </Flex>
      <List
        loading={candidates.isPending}
        locale={{ emptyText: <Empty description="还没有候选项目：可手工新增，或在项目征集中把通过的建议列为候选" /> }}
        dataSource={items}
        renderItem={(c, index) => (
          <Card size="small" style={{ marginBottom: 8 }} data-testid="candidate">
            <Flex justify="space-between" wrap gap={8}>
              <div className="ms-shrink" style={{ flex: '1 1 240px' }}>
                <Typography.Text strong>
                  {c.seq}. {c.name}
                </Typography.Text>{' '}
                {c.proposalId && <Tag color="blue">来自群众建议</Tag>}
                {c.isLocked && <Tag>已列入票决</Tag>}
                <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{c.content}</Typography.Paragraph>
                <Typography.Text type="secondary">
                  牵头单位建议：{c.leadUnit ?? '未填'} · 投资：{c.investment === null ? '未填' : `${c.investment}万元`}
                  {c.expectedEffect ? ` · 预期成效：${c.expectedEffect}` : ''}
                </Typography.Text>
              </div>
              <Space wrap>
                <Button size="small" aria-label="上移" icon={<ArrowUpOutlined />} disabled={index === 0 || order.isPending} onClick={() => move(index, -1)} />
                <Button
                  size="small"
                  aria-label="下移"
                  icon={<ArrowDownOutlined />}
                  disabled={index === items.length - 1 || order.isPending}
                  onClick={() => move(index, 1)}
                />
                <Button size="small" disabled={c.isLocked} onClick={() => open(c)}>
                  修改
                </Button>
                <Button size="small" danger disabled={c.isLocked} onClick={() => confirmDelete(c)}>
                  删除
                </Button>
              </Space>
            </Flex>
          </Card>
        )}
      />
      <Modal
        title={editing === 'new' ? '新增候选项目' : '修改候选项目'}
        open={editing !== null}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        okText="保存"
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item label="项目名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写项目名称' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label="项目内容及工作目标" name="content" rules={[{ required: true, whitespace: true, message: '请填写项目内容' }]}>
            <Input.TextArea rows={4} maxLength={5000} />
          </Form.Item>
          <Form.Item label="牵头单位建议" name="leadUnit" extra="当选后成为清单草案中项目的牵头单位">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label="投资（万元）" name="investment">
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="预期成效" name="expectedEffect">
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
