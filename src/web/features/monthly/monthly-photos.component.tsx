import { Checkbox, Flex, Image, Typography } from 'antd';
import type { MonthlyPhoto } from '../../../contract/reports.contract';
import { MAX_MONTHLY_PHOTOS } from './monthly-labels';

/** `2024-W23` → `第23周` under a thumbnail. */
const weekLabel = (week: string) => (/^\d{4}-W(\d{2})$/.test(week) ? `第${Number(week.slice(6))}周` : '');

const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(96px, 1fr))', gap: 8 } as const;
const square = { width: '100%', aspectRatio: '1 / 1', objectFit: 'cover', display: 'block', borderRadius: 6 } as const;

interface Props {
  /** the chosen photos as saved (read-only view) */
  photos: MonthlyPhoto[];
  /** present while the lead unit edits: what it may choose, the ids chosen now, and the setter */
  choice?: { available: MonthlyPhoto[]; selected: number[]; onChange: (ids: number[]) => void };
}

/** 照片: the lead unit ticks up to nine photos of the month's accepted weeks; everyone else sees the chosen ones. */
export function MonthlyPhotos({ photos, choice }: Props) {
  if (!choice) {
    return (
      <div data-testid="monthly-photos">
        <Typography.Text strong>照片</Typography.Text>
        {photos.length === 0 ? (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            未选用照片
          </Typography.Paragraph>
        ) : (
          <Image.PreviewGroup>
            <div style={{ ...grid, marginTop: 4 }}>
              {photos.map((p) => (
                <figure key={p.id} style={{ margin: 0 }}>
                  <Image src={p.thumbUrl ?? p.url} preview={{ src: p.url }} alt={`${weekLabel(p.week)} ${p.fileName}`} style={square} width="100%" />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {weekLabel(p.week)}
                  </Typography.Text>
                </figure>
              ))}
            </div>
          </Image.PreviewGroup>
        )}
      </div>
    );
  }

  const { available, selected, onChange } = choice;
  const full = selected.length >= MAX_MONTHLY_PHOTOS;
  const toggle = (id: number, on: boolean) => onChange(on ? [...selected, id] : selected.filter((s) => s !== id));
  return (
    <div role="group" aria-label="选用照片" data-testid="monthly-photo-choice">
      <Flex justify="space-between" align="baseline" wrap>
        <Typography.Text strong>选用照片（最多{MAX_MONTHLY_PHOTOS}张）</Typography.Text>
        <Typography.Text type="secondary" data-testid="monthly-photo-count">
          已选 {selected.length} 张
        </Typography.Text>
      </Flex>
      {available.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          本月已通过的周报中没有照片；周报通过审核后，其中的照片可在这里选用。
        </Typography.Paragraph>
      ) : (
        <div style={{ ...grid, marginTop: 4 }}>
          {available.map((p) => {
            const on = selected.includes(p.id);
            return (
              <Checkbox
                key={p.id}
                checked={on}
                disabled={!on && full}
                onChange={(e) => toggle(p.id, e.target.checked)}
                styles={{
                  root: {
                    position: 'relative',
                    display: 'block',
                    margin: 0,
                    borderRadius: 8,
                    padding: 2,
                    outline: on ? '2px solid #1677ff' : '1px solid #f0f0f0',
                    background: on ? '#e6f4ff' : undefined,
                  },
                  icon: { position: 'absolute', top: 8, left: 8, zIndex: 1 },
                  label: { display: 'block', padding: 0 },
                }}
              >
                <img src={p.thumbUrl ?? p.url} alt={`${weekLabel(p.week)} ${p.fileName}`} style={{ ...square, opacity: !on && full ? 0.5 : 1 }} />
                <Typography.Text type={on ? undefined : 'secondary'} style={{ fontSize: 12, paddingLeft: 4 }}>
                  {weekLabel(p.week)}
                  {on ? ' · 已选' : ''}
                </Typography.Text>
              </Checkbox>
            );
          })}
        </div>
      )}
    </div>
  );
}
