import { useRef, useState } from 'react';
import { App, Button, Flex, Image, Popconfirm, Typography } from 'antd';
import { DeleteOutlined, FileOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../api/http-client';
import type { SupervisionNoticeAttachment } from '../../../contract/supervision-notices.contract';
import { deleteNoticeAttachment, supervisionKeys, uploadNoticeAttachment } from './use-supervision-notices.query';

const FILE_TYPES = 'image/*,.pdf,.docx,.xlsx';
const MAX_BYTES = 10 * 1024 * 1024;

/** A 督办单's evidence files (photos open full size); 上传佐证材料 for the addressed unit before it responds. */
export function SupervisionEvidence({ noticeId, attachments, canEdit }: { noticeId: number; attachments: SupervisionNoticeAttachment[]; canEdit: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(0);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: supervisionKeys.detail(noticeId) });

  const upload = async (files: File[]) => {
    for (const file of files) {
      if (file.size > MAX_BYTES) {
        void message.error(`${file.name}：文件太大，请上传不超过 10 MB 的文件`);
        continue;
      }
      setUploading((n) => n + 1);
      try {
        await uploadNoticeAttachment(noticeId, file);
      } catch (error) {
        void message.error(`${file.name}：${errorMessage(error)}`);
      } finally {
        setUploading((n) => n - 1);
      }
    }
    refresh();
  };

  const remove = async (attachment: SupervisionNoticeAttachment) => {
    try {
      await deleteNoticeAttachment(attachment.id);
      refresh();
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const images = attachments.filter((a) => a.isImage);
  const files = attachments.filter((a) => !a.isImage);
  return (
    <div>
      {canEdit && (
        <>
          <Button icon={<PaperClipOutlined />} loading={uploading > 0} onClick={() => input.current?.click()} style={{ marginBottom: 8 }}>
            上传佐证材料
          </Button>
          <input
            ref={input}
            type="file"
            accept={FILE_TYPES}
            multiple
            hidden
            data-testid="supervision-file-input"
            onChange={(event) => {
              void upload(Array.from(event.target.files ?? []));
              event.target.value = '';
            }}
          />
        </>
      )}
      {attachments.length === 0 && (
        <Typography.Text type="secondary" style={{ display: 'block' }}>
          暂无佐证材料
        </Typography.Text>
      )}
      <Image.PreviewGroup>
        <Flex wrap gap={8}>
          {images.map((a) => (
            <div key={a.id} className="ms-thumb">
              <Image
                width={88}
                height={88}
                style={{ objectFit: 'cover', borderRadius: 6 }}
                src={a.thumbUrl ?? a.url}
                preview={{ src: a.url }}
                alt={a.fileName}
              />
              {canEdit && (
                <Popconfirm title="删除这张照片？" okText="删除" cancelText="取消" onConfirm={() => void remove(a)}>
                  <Button className="ms-thumb-delete" size="small" shape="circle" danger icon={<DeleteOutlined />} aria-label={`删除${a.fileName}`} />
                </Popconfirm>
              )}
            </div>
          ))}
        </Flex>
      </Image.PreviewGroup>
      {files.map((a) => (
        <Flex key={a.id} align="center" gap={8} style={{ marginTop: 8 }} className="ms-shrink">
          <FileOutlined />
          <a href={a.url} target="_blank" rel="noreferrer" className="ms-ellipsis">
            {a.fileName}
          </a>
          {canEdit && (
            <Popconfirm title="删除这个附件？" okText="删除" cancelText="取消" onConfirm={() => void remove(a)}>
              <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={`删除${a.fileName}`} />
            </Popconfirm>
          )}
        </Flex>
      ))}
    </div>
  );
}
