import { useEffect, useState } from 'react';
import { Button, Result, Spin } from 'antd';
import { CloseOutlined, ExpandOutlined } from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { errorMessage, withQuery } from '../api/http-client';
import { formatDate } from '../components/date-format.util';
import { parseRouteId } from '../components/query-error.component';
import { DashboardView } from '../features/dashboard/dashboard-view.component';
import { useDashboard } from '../features/dashboard/use-dashboard.query';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A screen left on in a meeting room refreshes itself every five minutes. */
const REFRESH_MS = 5 * 60_000;

/** 大屏模式 for meeting rooms: dark, large type, no menu; full screen on request. The server decides who may read it. */
export default function PlanDashboardScreenPage() {
  const planId = parseRouteId(useParams().planId) ?? 0;
  const chosen = useSearchParams()[0].get('asOf');
  const asOf = chosen && DAY.test(chosen) ? chosen : null;
  const dashboard = useDashboard(planId, asOf, REFRESH_MS);
  const [isFullscreen, setIsFullscreen] = useState(false);

  useEffect(() => {
    const onChange = () => setIsFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const back = withQuery(`/plans/${planId}/dashboard`, { asOf });
  return (
    <div className="ms-screen" data-testid="dash-screen">
      {dashboard.isPending ? (
        <Spin size="large" style={{ display: 'block', marginTop: '30vh' }} />
      ) : dashboard.isError ? (
        <Result
          status="warning"
          title={<span style={{ color: '#e6f4ff' }}>无法加载督查大屏</span>}
          subTitle={errorMessage(dashboard.error)}
          extra={
            <Link to={back}>
              <Button>返回</Button>
            </Link>
          }
        />
      ) : (
        <>
          <header className="ms-screen-header">
            <div className="ms-shrink">
              <h1>{dashboard.data.year}年重点民生实事推进情况</h1>
              <div className="ms-screen-sub">
                {dashboard.data.planTitle} · 截至 {formatDate(dashboard.data.asOf)}
              </div>
            </div>
            <div className="ms-screen-actions">
              {!isFullscreen && document.fullscreenEnabled && (
                <Button ghost icon={<ExpandOutlined />} onClick={() => void document.documentElement.requestFullscreen()}>
                  全屏
                </Button>
              )}
              <Link to={back}>
                <Button ghost icon={<CloseOutlined />}>
                  退出大屏
                </Button>
              </Link>
            </div>
          </header>
          <DashboardView data={dashboard.data} tone="dark" />
        </>
      )}
    </div>
  );
}
