import { Typography } from 'antd';

/** 领导调度 (being built). */
export default function LeaderPage() {
  return <Typography.Title level={4} style={{ marginTop: 0 }}>领导调度</Typography.Title>;
}
