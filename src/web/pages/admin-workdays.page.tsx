import { Typography } from 'antd';

/** 工作日历 (being built). */
export default function AdminWorkdaysPage() {
  return <Typography.Title level={4} style={{ marginTop: 0 }}>工作日历</Typography.Title>;
}
