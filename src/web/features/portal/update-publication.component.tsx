import { App, Checkbox, Flex, Image, Switch, Typography } from 'antd';
import { errorMessage } from '../../api/http-client';
import { usePublication } from './use-publication.query';
import type { Attachment, WeeklyUpdate } from '../../../contract/weekly.contract';

function PhotoPublication({ photo }: { photo: Attachment }) {
  const publish = usePublication('attachments', photo.id);
  const { message } = App.useApp();
  return (
    <Flex vertical align="center" gap={2}>
      {photo.thumbUrl && <Image src={photo.thumbUrl} width={72} height={54} style={{ objectFit: 'cover' }} alt={photo.fileName} preview={false} />}
      <Checkbox
        checked={Boolean(photo.publicAt)}
        disabled={publish.isPending}
        onChange={(e) => publish.mutate({ isPublic: e.target.checked }, { onError: (error) => void message.error(errorMessage(error)) })}
      >
        公开
      </Checkbox>
    </Flex>
  );
}

/**
 * 向公众公开 on an accepted week (督查室 only, from `permissions.canPublish`): the 进展情况 text, and each photo by its
 * own choice. Problems, next steps and co-unit notes are never published.
 */
export function UpdatePublication({ update }: { update: WeeklyUpdate }) {
  const publish = usePublication('weekly', update.id ?? 0);
  const { message } = App.useApp();
  if (!update.permissions.canPublish || update.id === null) return null;
  const photos = update.attachments.filter((a) => a.isImage);
  return (
    <Flex wrap gap={12} align="center" style={{ margin: '8px 0', padding: '6px 8px', background: '#f6f8fb', borderRadius: 6 }} data-testid="update-publication">
      <Flex gap={6} align="center">
        <Switch
          size="small"
          checked={Boolean(update.publicAt)}
          loading={publish.isPending}
          aria-label="向公众公开本周进展情况"
          onChange={(checked) =>
            publish.mutate(
              { isPublic: checked },
              {
                onSuccess: () => void message.success(checked ? '本周进展情况已向公众公开' : '已取消公开'),
                onError: (error) => void message.error(errorMessage(error)),
              },
            )
          }
        />
        <Typography.Text>向公众公开本周进展情况</Typography.Text>
      </Flex>
      {photos.length > 0 && (
        <Flex wrap gap={8} align="center">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            照片（逐张公开，随进展情况一起显示）：
          </Typography.Text>
          {photos.map((photo) => (
            <PhotoPublication key={photo.id} photo={photo} />
          ))}
        </Flex>
      )}
    </Flex>
  );
}
