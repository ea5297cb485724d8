import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Card, Flex, Result, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { errorMessage } from '../api/http-client';
import { useCurrentUser } from '../features/auth/current-user.context';
import { draftBody } from '../features/imports/draft-corrections';
import { ImportPreviewView } from '../features/imports/import-preview.component';
import { isNoOp, summaryText } from '../features/imports/import-labels';
import { NoticeDraftEditor } from '../features/imports/notice-draft-editor.component';
import type { DraftState } from '../features/imports/notice-draft.types';
import { NoticeSourceInput } from '../features/imports/notice-source-input.component';
import { useDraftCommit, useDraftPreview, useReadNotice } from '../features/imports/use-notice-import.mutation';
import type { NoticeSource } from '../features/imports/use-notice-import.mutation';
import { useNoticeDraft } from '../features/imports/use-notice-draft.hook';

/**
 * 导入通知: read a notice (file or pasted text) into a draft, let the clerk correct it row by row, preview
 * what the corrected draft changes, then import it in one step. Nothing is written before 确认导入.
 */
export default function NoticeImportPage() {
  const user = useCurrentUser();
  const { draft, dispatch, load, discard, undo, canUndo, isSaveFailing } = useNoticeDraft(user.id);
  const read = useReadNotice();
  const preview = useDraftPreview();
  const commit = useDraftCommit();
  const [previewedDraft, setPreviewedDraft] = useState<DraftState | null>(null);
  const [isYearAsked, setYearAsked] = useState(false);
  const previewRef = useRef<HTMLDivElement>(null);
  const body = useMemo(() => (draft ? draftBody(draft) : null), [draft]);
  // A preview (or its refusal) only stands for the draft it was made from; any later edit asks for a new one.
  const isPreviewCurrent = previewedDraft === draft;
  const shownPreview = preview.data && isPreviewCurrent ? preview.data : null;
  const isNothingToImport = shownPreview ? isNoOp(shownPreview.summary, shownPreview.plan.action) : false;

  useEffect(() => {
    if (shownPreview) previewRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [shownPreview]);

  const startOver = () => {
    read.reset();
    preview.reset();
    commit.reset();
    setPreviewedDraft(null);
    setYearAsked(false);
  };

  const onRead = (source: NoticeSource) =>
    read.mutate(source, {
      onSuccess: (readDraft) => {
        startOver();
        load(readDraft);
      },
    });

  const onPreview = () => {
    if (!draft || !body) return;
    setYearAsked(draft.plan.year === null);
    if (draft.plan.year === null) return;
    commit.reset();
    preview.mutate(body, { onSettled: () => setPreviewedDraft(draft) });
  };

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
            <Button key="again" onClick={startOver}>
              继续导入
            </Button>,
          ]}
        />
      </Card>
    );
  }

  if (!draft || !body) {
    return (
      <Flex vertical gap={16}>
        <NoticeSourceInput isReading={read.isPending} onRead={onRead} />
        {read.isError && <Alert type="error" showIcon title="无法识别该通知" description={errorMessage(read.error)} />}
      </Flex>
    );
  }

  return (
    <Flex vertical gap={16}>
      <NoticeDraftEditor
        draft={draft}
        dispatch={dispatch}
        canUndo={canUndo}
        onUndo={undo}
        onDiscard={() => {
          discard();
          startOver();
        }}
        // renumbering and 已核对 are kept for the audit but are not edits the clerk counts
        correctionCount={body.corrections?.filter((correction) => correction.field !== 'checked' && correction.field !== 'seq').length ?? 0}
      />
      {isYearAsked && draft.plan.year === null && (
        <Alert type="error" showIcon title="请先填写清单年度" description="通知中没有识别出年度，请在上方“年度”中填写后再预览。" />
      )}
      {preview.isError && isPreviewCurrent && <Alert type="error" showIcon title="无法预览" description={errorMessage(preview.error)} />}
      {commit.isError && <Alert type="error" showIcon title="导入失败" description={errorMessage(commit.error)} />}
      {isNothingToImport && <Alert type="success" showIcon title="内容与已导入的清单一致，无需导入" />}
      {shownPreview && (
        <div ref={previewRef} style={{ scrollMarginTop: 72 }}>
          <ImportPreviewView preview={shownPreview} />
        </div>
      )}
      <div className="ms-draft-actions">
        <Flex gap={8} wrap align="center">
          <Button loading={preview.isPending} onClick={onPreview}>
            预览变更
          </Button>
          <Button
            type="primary"
            disabled={!shownPreview || isNothingToImport}
            loading={commit.isPending}
            onClick={() => commit.mutate(body, { onSuccess: discard })}
          >
            确认导入
          </Button>
          <Typography.Text type={isSaveFailing ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
            {isSaveFailing
              ? '浏览器未能保存草稿（存储空间不足或已禁用），请在刷新页面前完成导入'
              : shownPreview
                ? '核对预览无误后点“确认导入”'
                : '草稿已自动保存在本机；先预览变更，再确认导入'}
          </Typography.Text>
        </Flex>
      </div>
    </Flex>
  );
}
