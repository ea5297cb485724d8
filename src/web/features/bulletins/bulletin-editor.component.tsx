import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { DownloadOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import type { Bulletin, BulletinParagraph } from '../../../contract/bulletins.contract';
import { errorMessage, hasErrorCode } from '../../api/http-client';
import { formatDateTime } from '../../components/date-format.util';
import { BulletinView } from './bulletin-view.component';
import { bulletinDocxUrl, formatMonth, useEditBulletin, useIssueBulletin } from './use-bulletins.query';

/**
 * One bulletin: the 督查室 edits a draft (title, 文号, paragraphs) and issues it; everyone downloads the .docx.
 * Editing and issuing show as the bulletin's `permissions` say.
 */
export function BulletinEditor({ bulletin }: { bulletin: Bulletin }) {
  const { message } = App.useApp();
  const [title, setTitle] = useState(bulletin.title);
  const [docNumber, setDocNumber] = useState(bulletin.docNumber);
  const [paragraphs, setParagraphs] = useState<BulletinParagraph[]>(bulletin.paragraphs);
  const edit = useEditBulletin(bulletin.id);
  const issue = useIssueBulletin(bulletin.id);
  const { canEdit: editable, canIssue } = bulletin.permissions;
  const dirty = title !== bulletin.title || docNumber !== bulletin.docNumber || JSON.stringify(paragraphs) !== JSON.stringify(bulletin.paragraphs);

  const setText = (index: number, text: string) => setParagraphs((old) => old.map((p, i) => (i === index ? { ...p, text } : p)));

  const save = () =>
    edit.mutate(
      { title, docNumber, paragraphs, version: bulletin.version },
      {
        onSuccess: (saved) => {
          setParagraphs(saved.paragraphs);
          void message.success('通报已保存');
        },
      },
    );

  const download = (
    <Button icon={<DownloadOutlined />} href={bulletinDocxUrl(bulletin.id)} disabled={dirty}>
      下载 Word
    </Button>
  );

  return (
    <Card
      size="small"
      title={
        <Space wrap size={4}>
          {formatMonth(bulletin.month)}通报
          <Tag color={bulletin.status === 'issued' ? 'success' : 'default'}>{bulletin.status === 'issued' ? '已印发' : '草稿'}</Tag>
        </Space>
      }
    >
      {bulletin.status === 'issued' && (
        <Typography.Paragraph type="secondary">
          {bulletin.issuedBy} 于 {formatDateTime(bulletin.issuedAt)} 印发
        </Typography.Paragraph>
      )}
      {edit.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={hasErrorCode(edit.error, 'VERSION_CONFLICT') ? '通报已被他人修改，请刷新页面后再编辑' : errorMessage(edit.error)}
        />
      )}
      {issue.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={errorMessage(issue.error)} />}
      {editable ? (
        <Flex vertical gap={12}>
          <label>
            <Typography.Text type="secondary">标题</Typography.Text>
            <Input value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label>
            <Typography.Text type="secondary">文号</Typography.Text>
            <Input value={docNumber} maxLength={100} onChange={(e) => setDocNumber(e.target.value)} />
          </label>
          {paragraphs.map((p, index) => (
            <label key={index}>
              <Typography.Text type="secondary">{p.heading ?? `第${index + 1}段`}</Typography.Text>
              <Input.TextArea value={p.text} autoSize={{ minRows: 2, maxRows: 12 }} onChange={(e) => setText(index, e.target.value)} />
            </label>
          ))}
          <BulletinView bulletin={bulletin} tablesOnly />
          <Flex wrap gap={8}>
            <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={edit.isPending} onClick={save}>
              保存
            </Button>
            {canIssue && (
              <Popconfirm
                title="印发通报"
                description="印发后不能再修改，确定印发吗？"
                okText="印发"
                cancelText="取消"
                disabled={dirty}
                onConfirm={() => issue.mutate(bulletin.version, { onSuccess: () => void message.success('通报已印发') })}
              >
                <Button icon={<SendOutlined />} disabled={dirty} loading={issue.isPending}>
                  印发
                </Button>
              </Popconfirm>
            )}
            {download}
          </Flex>
          {dirty && <Typography.Text type="secondary">有未保存的修改，保存后才能印发或下载。</Typography.Text>}
        </Flex>
      ) : (
        <>
          <BulletinView bulletin={bulletin} />
          {download}
        </>
      )}
    </Card>
  );
}
