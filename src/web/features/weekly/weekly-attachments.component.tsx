import { useRef, useState } from 'react';
import { App, Button, Flex, Image, Popconfirm, Typography } from 'antd';
import { CameraOutlined, DeleteOutlined, FileOutlined, PaperClipOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/http-client';
import type { Attachment } from '../../../contract/weekly.contract';
import { deleteAttachment, uploadAttachment } from './use-weekly.query';

const FILE_TYPES = 'image/*,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx';
const MAX_BYTES = 10 * 1024 * 1024;

interface WeeklyAttachmentsProps {
  attachments: Attachment[];
  /** absent for a read-only list */
  editor?: {
    /** saves a fresh form first so the files have an update to belong to */
    ensureUpdateId: () => Promise<number | null>;
    onChange: (attachments: Attachment[]) => void;
  };
}

/** Photos as thumbnails (click for the full image) and other files as links; on phones 拍照 opens the camera. */
export function WeeklyAttachments({ attachments, editor }: WeeklyAttachmentsProps) {
  const { message } = App.useApp();
  const cameraInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(0);

  const upload = async (files: File[]) => {
    if (!editor || files.length === 0) return;
    const updateId = await editor.ensureUpdateId();
    if (updateId === null) {
      void message.error('周报草稿未能保存，暂时无法上传附件');
      return;
    }
    let list = attachments;
    for (const file of files) {
      if (file.size > MAX_BYTES) {
        void message.error(`${file.name}：文件太大，请上传不超过 10 MB 的文件`);
        continue;
      }
      setUploading((count) => count + 1);
      try {
        const added = await uploadAttachment(updateId, file);
        list = [...list, added];
        editor.onChange(list);
      } catch (error) {
        void message.error(`${file.name}：${errorMessage(error)}`);
      } finally {
        setUploading((count) => count - 1);
      }
    }
  };

  const remove = async (attachment: Attachment) => {
    if (!editor) return;
    try {
      await deleteAttachment(attachment.id);
      editor.onChange(attachments.filter((item) => item.id !== attachment.id));
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const images = attachments.filter((item) => item.isImage);
  const files = attachments.filter((item) => !item.isImage);

  return (
    <div>
      {editor && (
        <Flex wrap gap={8} style={{ marginBottom: 12 }}>
          <Button size="large" icon={<CameraOutlined />} loading={uploading > 0} onClick={() => cameraInput.current?.click()}>
            拍照上传
          </Button>
          <Button size="large" icon={<PaperClipOutlined />} onClick={() => fileInput.current?.click()}>
            选择文件
          </Button>
          <input
            ref={cameraInput}
            type="file"
            accept="image/*"
            capture="environment"
            hidden
            data-testid="weekly-photo-input"
            onChange={(event) => {
              // Copy first: clearing the input (so the same photo can be chosen again) empties its live FileList.
              void upload(Array.from(event.target.files ?? []));
              event.target.value = '';
            }}
          />
          <input
            ref={fileInput}
            type="file"
            accept={FILE_TYPES}
            multiple
            hidden
            data-testid="weekly-file-input"
            onChange={(event) => {
              void upload(Array.from(event.target.files ?? []));
              event.target.value = '';
            }}
          />
        </Flex>
      )}
      {attachments.length === 0 && <Typography.Text type="secondary">暂无附件</Typography.Text>}
      {images.length > 0 && (
        <Image.PreviewGroup>
          <Flex wrap gap={8}>
            {images.map((item) => (
              <div key={item.id} className="ms-thumb">
                <Image
                  width={88}
                  height={88}
                  style={{ objectFit: 'cover', borderRadius: 6 }}
                  src={item.thumbUrl ?? item.url}
                  preview={{ src: item.url }}
                  alt={item.fileName}
                />
                {editor && (
                  <Popconfirm title="删除这张照片？" okText="删除" cancelText="取消" onConfirm={() => void remove(item)}>
                    <Button className="ms-thumb-delete" size="small" shape="circle" danger icon={<DeleteOutlined />} aria-label={`删除${item.fileName}`} />
                  </Popconfirm>
                )}
              </div>
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
      {files.map((item) => (
        <Flex key={item.id} align="center" gap={8} style={{ marginTop: 8 }} className="ms-shrink">
          <FileOutlined />
          <a href={item.url} target="_blank" rel="noreferrer" className="ms-ellipsis">
            {item.fileName}
          </a>
          <Typography.Text type="secondary" style={{ flex: 'none' }}>
            {(item.size / 1024).toFixed(0)} KB
          </Typography.Text>
          {editor && (
            <Popconfirm title="删除这个附件？" okText="删除" cancelText="取消" onConfirm={() => void remove(item)}>
              <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={`删除${item.fileName}`} />
            </Popconfirm>
          )}
        </Flex>
      ))}
    </div>
  );
}
