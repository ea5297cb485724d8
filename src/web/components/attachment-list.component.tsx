import { useRef, useState } from 'react';
import { App, Button, Flex, Image, Popconfirm, Typography } from 'antd';
import { DeleteOutlined, FileOutlined, PaperClipOutlined } from '@ant-design/icons';
import { errorMessage } from '../api/http-client';
import type { Attachment } from '../../contract/weekly.contract';

const FILE_TYPES = 'image/*,.pdf,.docx,.xlsx';
const MAX_BYTES = 10 * 1024 * 1024;

interface Props {
  attachments: Attachment[];
  canEdit: boolean;
  upload: (file: File) => Promise<unknown>;
  remove: (id: number) => Promise<unknown>;
  /** after an upload or a delete: refetch what shows the list */
  onChanged: () => void;
  /** the upload button and the empty text, e.g. 上传附件 / 暂无附件 */
  uploadLabel: string;
  emptyText: string;
  /** data-testid of the hidden file input */
  inputTestId: string;
}

/** A record's files: photos as thumbnails that open full size, other files as links; upload (10 MB each) and delete for who may edit. */
export function AttachmentList({ attachments, canEdit, upload, remove, onChanged, uploadLabel, emptyText, inputTestId }: Props) {
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(0);

  const uploadAll = async (files: File[]) => {
    for (const file of files) {
      if (file.size > MAX_BYTES) {
        void message.error(`${file.name}：文件太大，请上传不超过 10 MB 的文件`);
        continue;
      }
      setUploading((n) => n + 1);
      try {
        await upload(file);
      } catch (error) {
        void message.error(`${file.name}：${errorMessage(error)}`);
      } finally {
        setUploading((n) => n - 1);
      }
    }
    onChanged();
  };

  const removeOne = async (attachment: Attachment) => {
    try {
      await remove(attachment.id);
      onChanged();
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
            {uploadLabel}
          </Button>
          <input
            ref={input}
            type="file"
            accept={FILE_TYPES}
            multiple
            hidden
            data-testid={inputTestId}
            onChange={(event) => {
              void uploadAll(Array.from(event.target.files ?? []));
              event.target.value = '';
            }}
          />
        </>
      )}
      {attachments.length === 0 && (
        <Typography.Text type="secondary" style={{ display: 'block' }}>
          {emptyText}
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
                <Popconfirm title="删除这张照片？" okText="删除" cancelText="取消" onConfirm={() => void removeOne(a)}>
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
          <Typography.Text type="secondary" style={{ flex: 'none' }}>
            {(a.size / 1024).toFixed(0)} KB
          </Typography.Text>
          {canEdit && (
            <Popconfirm title="删除这个附件？" okText="删除" cancelText="取消" onConfirm={() => void removeOne(a)}>
              <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={`删除${a.fileName}`} />
            </Popconfirm>
          )}
        </Flex>
      ))}
    </div>
  );
}
