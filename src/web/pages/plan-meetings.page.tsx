import { Typography } from 'antd';

/** 会议与交办事项 (being built). */
export default function PlanMeetingsPage() {
  return <Typography.Title level={4} style={{ marginTop: 0 }}>会议与交办事项</Typography.Title>;
}
