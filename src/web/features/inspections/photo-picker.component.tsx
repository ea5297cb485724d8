import { useRef } from 'react';
import { Button, Flex, Image, Popconfirm } from 'antd';
import { CameraOutlined, DeleteOutlined, PictureOutlined } from '@ant-design/icons';

const MAX_BYTES = 10 * 1024 * 1024;

/**
 * 拍照 (opens the phone's rear camera) and 相册 (choose existing photos). Files over 10 MB are reported through
 * `onTooLarge` and not passed on; the server checks type and size again.
 */
export function PhotoPicker({
  onFiles,
  onTooLarge,
  loading,
  testId,
}: {
  onFiles: (files: File[]) => void;
  onTooLarge: (name: string) => void;
  loading?: boolean;
  testId: string;
}) {
  const camera = useRef<HTMLInputElement>(null);
  const album = useRef<HTMLInputElement>(null);
  const pick = (list: FileList | null) => {
    // copy first: clearing the input (so the same photo can be chosen again) empties its live FileList
    const files = Array.from(list ?? []);
    const fitting = files.filter((f) => f.size <= MAX_BYTES);
    for (const f of files) if (f.size > MAX_BYTES) onTooLarge(f.name);
    if (fitting.length > 0) onFiles(fitting);
  };
  return (
    <Flex wrap gap={8}>
      <Button icon={<CameraOutlined />} loading={loading} onClick={() => camera.current?.click()}>
        拍照
      </Button>
      <Button icon={<PictureOutlined />} onClick={() => album.current?.click()}>
        相册
      </Button>
      <input
        ref={camera}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        style={{ display: 'none' }}
        data-testid={testId}
        onChange={(e) => {
          pick(e.target.files);
          e.target.value = '';
        }}
      />
      <input
        ref={album}
        type="file"
        accept="image/*"
        multiple
        hidden
        style={{ display: 'none' }}
        onChange={(e) => {
          pick(e.target.files);
          e.target.value = '';
        }}
      />
    </Flex>
  );
}

export interface ThumbItem {
  key: string | number;
  src: string;
  full: string;
  name: string;
  /** where it was taken, e.g. 北纬35.4100 / 东经116.5900, and from what */
  location?: PhotoLocationText;
}

/** Square thumbnails (tap for the full photo), each with a delete button when `onRemove` is given. */
export function PhotoThumbs({ items, onRemove }: { items: ThumbItem[]; onRemove?: (key: string | number) => void }) {
  if (items.length === 0) return null;
  return (
    <Image.PreviewGroup>
      <Flex wrap gap={8}>
        {items.map((item) => (
          <div key={item.key} className="ms-thumb" style={{ width: 80 }}>
            <Image width={80} height={80} style={{ objectFit: 'cover', borderRadius: 6 }} src={item.src} preview={{ src: item.full }} alt={item.name} />
            {item.location && (
              <div title={item.location.source} style={{ fontSize: 11, color: '#8c8c8c', lineHeight: 1.3 }}>
                <div>{item.location.lat}</div>
                <div>{item.location.lng}</div>
              </div>
            )}
            {onRemove && (
              <Popconfirm title="删除这张照片？" okText="删除" cancelText="取消" onConfirm={() => onRemove(item.key)}>
                <Button className="ms-thumb-delete" size="small" shape="circle" danger icon={<DeleteOutlined />} aria-label={`删除${item.name}`} />
              </Popconfirm>
            )}
          </div>
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}

export interface PhotoLocationText {
  lat: string;
  lng: string;
  /** 照片自带定位 / 上传时手机定位 */
  source: string;
}

/** Where a photo was taken, in two short lines (北纬/东经, or 南纬/西经), and whether the photo or the phone said so. */
export function locationCaption(p: { lat: number | null; lng: number | null; locationSource: 'exif' | 'device' | null }): PhotoLocationText | undefined {
  if (p.lat === null || p.lng === null) return undefined;
  return {
    lat: `${p.lat >= 0 ? '北纬' : '南纬'}${Math.abs(p.lat).toFixed(4)}`,
    lng: `${p.lng >= 0 ? '东经' : '西经'}${Math.abs(p.lng).toFixed(4)}`,
    source: p.locationSource === 'device' ? '位置来自上传时的手机定位' : '位置来自照片自带的定位信息',
  };
}
