import { useRef } from 'react';
import { Alert, Button, Card, Table, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { ApiError, errorMessage } from '../../api/http-client';
import type { WorkbookError } from '../../../contract/ledger.contract';
import { useWeeklyImport } from './use-weekly.query';

function workbookErrors(error: unknown): WorkbookError[] {
  if (!(error instanceof ApiError) || typeof error.details !== 'object' || error.details === null) return [];
  const errors = (error.details as { errors?: unknown }).errors;
  return Array.isArray(errors) ? (errors as WorkbookError[]) : [];
}

/** The server's message, always saying that nothing was saved (once). */
function failureText(error: unknown): string {
  const text = errorMessage(error);
  return text.includes('未保存任何数据') ? text : `${text}。未保存任何数据。`;
}

/** 上传Excel周报: the filled-in forms go back all at once; one bad cell and nothing is saved. */
export function WeeklyImport({ planId }: { planId: number }) {
  const input = useRef<HTMLInputElement>(null);
  const importFile = useWeeklyImport(planId);
  const errors = workbookErrors(importFile.error);

  return (
    <Card size="small" title="Excel填报" style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">
        在填报页点“下载Excel填报表”，填好后在这里上传。文件中任何一处有误都不会保存，请按提示修改后重新上传。
      </Typography.Paragraph>
      <Button icon={<UploadOutlined />} size="large" loading={importFile.isPending} onClick={() => input.current?.click()}>
        上传Excel周报
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="weekly-import-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) importFile.mutate(file);
          event.target.value = '';
        }}
      />
      {importFile.isSuccess && (
        <Alert type="success" showIcon style={{ marginTop: 12 }} message={`已导入 ${importFile.data.saved.length} 份周报（草稿），请核对后提交`} />
      )}
      {importFile.isError && (
        <>
          <Alert type="error" showIcon style={{ marginTop: 12 }} message={failureText(importFile.error)} />
          {errors.length > 0 && (
            <Table<WorkbookError>
              size="small"
              rowKey={(row) => `${row.sheet}-${row.row}-${row.column}-${row.message}`}
              pagination={false}
              dataSource={errors}
              style={{ marginTop: 8 }}
              tableLayout="fixed"
              data-testid="weekly-import-errors"
              columns={[
                { title: '工作表', dataIndex: 'sheet', width: 72 },
                { title: '行', dataIndex: 'row', width: 44, align: 'center' },
                { title: '列', dataIndex: 'column', width: 44, align: 'center' },
                { title: '问题', dataIndex: 'message' },
              ]}
            />
          )}
        </>
      )}
    </Card>
  );
}
