import { useState } from 'react';
import { Alert, Button, Card, Flex, Result, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { errorMessage } from '../api/http-client';
import { ImportPreviewView } from '../features/imports/import-preview.component';
import { isNoOp, summaryText } from '../features/imports/import-labels';
import { useCommitNotice, usePreviewNotice } from '../features/imports/use-notice-import.mutation';

const ACCEPT = '.txt,.docx,.xlsx';

/** 导入通知: upload the notice, preview what changes, then import it in one step. */
export default function NoticeImportPage() {
  const [file, setFile] = useState<File | null>(null);
  const preview = usePreviewNotice();
  const commit = useCommitNotice();

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    preview.reset();
    commit.reset();
  };

  const fileList: UploadFile[] = file ? [{ uid: 'notice', name: file.name, status: 'done', size: file.size }] : [];

  if (commit.isSuccess) {
    return (
      <Card>
        <Result
          status="success"
          title="通知已导入"
          subTitle={summaryText(commit.data.summary)}
          extra={[
            <Link key="plan" to={`/plans/${commit.data.planId}`}>
              <Button type="primary">查看清单</Button>
            </Link>,
            <Button key="again" onClick={() => chooseFile(null)}>
              继续导入
            </Button>,
          ]}
        />
      </Card>
    );
  }

  const noOp = preview.data ? isNoOp(preview.data.summary, preview.data.plan.action) : false;

  return (
    <Flex vertical gap={16}>
      <Card size="small" title="导入通知">
        <Typography.Paragraph type="secondary">
          上传区里印发的重点民生实事通知（.txt、.docx 或 .xlsx，不超过 10 MB）。先预览将要新增、修改的内容，核对无误后再确认导入。
        </Typography.Paragraph>
        <Upload.Dragger
          accept={ACCEPT}
          multiple={false}
          maxCount={1}
          fileList={fileList}
          beforeUpload={(chosen) => {
            chooseFile(chosen);
            return false;
          }}
          onRemove={() => chooseFile(null)}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或将通知文件拖到此处</p>
          <p className="ant-upload-hint">支持 .txt、.docx、.xlsx</p>
        </Upload.Dragger>
        <Flex gap={8} wrap style={{ marginTop: 16 }}>
          <Button disabled={!file} loading={preview.isPending} onClick={() => file && preview.mutate(file)}>
            预览
          </Button>
          <Button
            type="primary"
            disabled={!file || !preview.isSuccess || noOp}
            loading={commit.isPending}
            onClick={() => file && commit.mutate(file)}
          >
            确认导入
          </Button>
        </Flex>
      </Card>
      {preview.isError && <Alert type="error" showIcon title="无法导入该文件" description={errorMessage(preview.error)} />}
      {commit.isError && <Alert type="error" showIcon title="导入失败" description={errorMessage(commit.error)} />}
      {noOp && <Alert type="success" showIcon title="文件内容与已导入的清单一致，无需导入" />}
      {preview.data && <ImportPreviewView preview={preview.data} />}
    </Flex>
  );
}
