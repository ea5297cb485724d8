import { App, Button, Popconfirm, Space } from 'antd';
import { EyeInvisibleOutlined, GlobalOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/http-client';
import { usePublication } from './use-publication.query';
import type { PlanDetail } from '../../../contract/plans.contract';

/**
 * 向公众公开 on the plan header (督查室): publishing shows progress, status and the promise of every project on the
 * public portal; updates and photos still need their own 公开. Anyone may open the public page once it is published.
 */
export function PlanPublication({ plan }: { plan: PlanDetail }) {
  const publish = usePublication('plans', plan.id);
  const { message } = App.useApp();
  const set = (isPublished: boolean) =>
    publish.mutate(
      { isPublished, version: plan.version },
      {
        onSuccess: () => void message.success(isPublished ? '清单已向公众公开' : '已取消公开'),
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  return (
    <Space wrap>
      {plan.publishedAt && (
        <a href={`/public/plans/${plan.id}`} target="_blank" rel="noreferrer">
          <Button icon={<GlobalOutlined />}>公众页面</Button>
        </a>
      )}
      {plan.permissions.canPublish &&
        (plan.publishedAt ? (
          <Popconfirm title="取消公开后，群众将看不到本清单。确定吗？" okText="取消公开" cancelText="不了" onConfirm={() => set(false)}>
            <Button icon={<EyeInvisibleOutlined />} loading={publish.isPending}>
              取消公开
            </Button>
          </Popconfirm>
        ) : (
          <Popconfirm
            title="向公众公开本清单？"
            description="群众可以看到每个项目的进度、状态、承诺和经批准的变更；周台账内容和照片需逐条公开。"
            okText="公开"
            cancelText="不了"
            onConfirm={() => set(true)}
          >
            <Button icon={<GlobalOutlined />} loading={publish.isPending}>
              向公众公开
            </Button>
          </Popconfirm>
        ))}
    </Space>
  );
}
