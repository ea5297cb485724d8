import { useRef, useState } from 'react';
import type { ComponentRef } from 'react';
import { Alert, Flex, Input, Modal, Typography } from 'antd';
import { firstSentence, splitParts, suggestSplitAt } from './draft-rows';
import type { DraftRow } from './notice-draft.types';

interface DraftSplitModalProps {
  row: DraftRow | null;
  onCancel: () => void;
  onSplit: (row: DraftRow, at: number) => void;
}

function Part({ label, text }: { label: string; text: string }) {
  return (
    <div style={{ flex: '1 1 220px', minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <div className="ms-pre-wrap ms-split-part">{text || '（空）'}</div>
    </div>
  );
}

/**
 * 拆分为两项: the clerk puts the cursor where the second project starts (a likely place, such as the "4" of
 * "…500个 4完善…", is preselected) and sees both parts before splitting.
 */
export function DraftSplitModal({ row, onCancel, onSplit }: DraftSplitModalProps) {
  const textArea = useRef<ComponentRef<typeof Input.TextArea>>(null);
  const [cursor, setCursor] = useState<number | null>(null);
  const content = row?.content ?? '';
  const at = cursor ?? suggestSplitAt(content) ?? 0;
  const { head, tail } = splitParts(content, at);
  const isSplittable = head !== '' && tail !== '';

  const readCursor = () => setCursor(textArea.current?.resizableTextArea?.textArea.selectionStart ?? null);

  const placeSuggestedCursor = (isOpen: boolean) => {
    const element = textArea.current?.resizableTextArea?.textArea;
    // the clerk may already have placed the cursor while the dialog was opening
    if (!isOpen || !element || cursor !== null) return;
    const suggested = suggestSplitAt(content) ?? 0;
    element.focus();
    element.setSelectionRange(suggested, suggested);
    setCursor(suggested);
  };

  return (
    <Modal
      title={row ? `拆分第 ${row.seq} 项` : '拆分'}
      open={row !== null}
      okText="在光标处拆分"
      okButtonProps={{ disabled: !isSplittable }}
      onOk={() => {
        if (row) onSplit(row, at);
        setCursor(null);
      }}
      onCancel={() => {
        setCursor(null);
        onCancel();
      }}
      afterOpenChange={placeSuggestedCursor}
      destroyOnHidden
      width="min(720px, calc(100vw - 24px))"
    >
      <Typography.Paragraph type="secondary">在下面的内容里，把光标放在第二个项目开始的位置（点击或用方向键），再点“在光标处拆分”。</Typography.Paragraph>
      <Input.TextArea
        ref={textArea}
        value={content}
        readOnly
        aria-label="要拆分的项目内容"
        autoSize={{ minRows: 3, maxRows: 10 }}
        onSelect={readCursor}
        onKeyUp={readCursor}
        onClick={readCursor}
      />
      {isSplittable ? (
        <Flex gap={12} wrap style={{ marginTop: 12 }}>
          <Part label={`第 ${row?.seq ?? ''} 项（保留原名称）`} text={head} />
          <Part label={`新的一项：${firstSentence(tail) || '（名称待填）'}`} text={tail} />
        </Flex>
      ) : (
        <Alert style={{ marginTop: 12 }} type="info" showIcon title="光标前后都要有内容才能拆分" />
      )}
    </Modal>
  );
}
