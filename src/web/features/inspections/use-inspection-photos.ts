import { useState } from 'react';
import { App } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { InspectionPhoto } from '../../../contract/inspections.contract';
import { errorMessage } from '../../api/http-client';
import { locationCaption } from './photo-picker.component';
import type { ThumbItem } from './photo-picker.component';
import { deleteInspectionPhoto, inspectionKeys, uploadInspectionPhoto } from './use-inspections.query';

/** The photos of a finding or a rectification as PhotoThumbs items, each with where it was taken. */
export function photoThumbItems(photos: InspectionPhoto[]): ThumbItem[] {
  return photos.map((p) => ({ key: p.id, src: p.thumbUrl ?? p.url, full: p.url, name: p.fileName, location: locationCaption(p) }));
}

/**
 * Adding and deleting the photos of a finding or of a rectification's evidence: `picker` goes to a PhotoPicker
 * (uploads one file after another, a failed or too large one reported by its name), `remove` to PhotoThumbs'
 * onRemove; both refetch the inspections. `uploading` is true while a file is on its way.
 */
export function useInspectionPhotos(target: { findingId: number } | { rectificationId: number }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [uploading, setUploading] = useState(0);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: inspectionKeys.all });
  const upload = async (files: File[]) => {
    for (const file of files) {
      setUploading((n) => n + 1);
      try {
        await uploadInspectionPhoto(target, file);
      } catch (error) {
        void message.error(`${file.name}：${errorMessage(error)}`);
      } finally {
        setUploading((n) => n - 1);
        refresh();
      }
    }
  };
  const remove = (key: string | number) => void deleteInspectionPhoto(Number(key)).then(refresh, (error) => void message.error(errorMessage(error)));
  return {
    uploading: uploading > 0,
    picker: {
      loading: uploading > 0,
      onTooLarge: (name: string) => void message.error(`${name}：照片超过 10 MB`),
      onFiles: (files: File[]) => void upload(files),
    },
    remove,
  };
}
