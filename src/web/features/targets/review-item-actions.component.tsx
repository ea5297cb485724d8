import { Button, Popconfirm } from 'antd';
import { CheckOutlined, DeleteOutlined, SwapOutlined } from '@ant-design/icons';

interface ReviewItemActionsProps {
  /** 删除 before the baseline lock, for those who may edit */
  canDelete: boolean;
  deleteTitle: string;
  deleteDescription?: string;
  onDelete: () => void;
  /** 确认 by the 督查室 while the item is proposed */
  canConfirm: boolean;
  isConfirming: boolean;
  onConfirm: () => void;
  /** 申请变更 after the lock, when no request is pending */
  canRequestChange: boolean;
  onRequestChange: () => void;
}

/** The 删除 / 确认 / 申请变更 buttons shared by targets and milestones. */
export function ReviewItemActions(props: ReviewItemActionsProps) {
  return (
    <>
      {props.canDelete && (
        <Popconfirm title={props.deleteTitle} description={props.deleteDescription} okText="删除" okButtonProps={{ danger: true }} onConfirm={props.onDelete}>
          <Button size="small" danger icon={<DeleteOutlined />}>
            删除
          </Button>
        </Popconfirm>
      )}
      {props.canConfirm && (
        <Button size="small" type="primary" ghost icon={<CheckOutlined />} loading={props.isConfirming} onClick={props.onConfirm}>
          确认
        </Button>
      )}
      {props.canRequestChange && (
        <Button size="small" icon={<SwapOutlined />} onClick={props.onRequestChange}>
          申请变更
        </Button>
      )}
    </>
  );
}
