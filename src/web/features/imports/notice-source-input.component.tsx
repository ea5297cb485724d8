import { useState } from 'react';
import { Button, Card, Flex, Input, Tabs, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { NoticeSource } from './use-notice-import.mutation';

const ACCEPT = '.txt,.docx,.xlsx';

interface NoticeSourceInputProps {
  isReading: boolean;
  onRead: (source: NoticeSource) => void;
}

/** Step 1: the notice as a file, or pasted from a web page, a WeChat article or spreadsheet cells. */
export function NoticeSourceInput({ isReading, onRead }: NoticeSourceInputProps) {
  const [tab, setTab] = useState<'file' | 'text'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const fileList: UploadFile[] = file ? [{ uid: 'notice', name: file.name, status: 'done', size: file.size }] : [];
  const canRead = tab === 'file' ? file !== null : text.trim() !== '';

  const read = () => {
    if (tab === 'file' && file) onRead({ kind: 'file', file });
    if (tab === 'text' && text.trim() !== '') onRead({ kind: 'text', body: { text } });
  };

  return (
    <Card size="small" title="导入通知">
      <Typography.Paragraph type="secondary">
        上传区里印发的重点民生实事通知，或粘贴通知正文。系统先识别出项目清单，由您逐行核对、修改，预览无误后再确认导入；确认前不会写入任何数据。
      </Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key === 'text' ? 'text' : 'file')}
        items={[
          {
            key: 'file',
            label: '上传文件',
            children: (
              <Upload.Dragger
                accept={ACCEPT}
                multiple={false}
                maxCount={1}
                fileList={fileList}
                beforeUpload={(chosen) => {
                  setFile(chosen);
                  return false;
                }}
                onRemove={() => setFile(null)}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">点击或将通知文件拖到此处</p>
                <p className="ant-upload-hint">支持 .txt、.docx、.xlsx，不超过 10 MB</p>
              </Upload.Dragger>
            ),
          },
          {
            key: 'text',
            label: '粘贴文本',
            children: (
              <Input.TextArea
                aria-label="粘贴的通知内容"
                value={text}
                onChange={(event) => setText(event.target.value)}
                autoSize={{ minRows: 8, maxRows: 20 }}
                placeholder="从网页、微信文章复制的清单，或从 Excel/WPS 复制的单元格，粘贴到这里"
              />
            ),
          },
        ]}
      />
      <Flex gap={8} wrap style={{ marginTop: 16 }}>
        <Button type="primary" disabled={!canRead} loading={isReading} onClick={read}>
          识别
        </Button>
      </Flex>
    </Card>
  );
}
