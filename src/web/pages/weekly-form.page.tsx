import { useState } from 'react';
import { Breadcrumb, Button, Card, Result, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { PageLoading } from '../components/page-loading.component';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { useCurrentUser } from '../features/auth/current-user.context';
import { WeeklyRaiseBlocker } from '../features/blockers/weekly-raise-blocker.component';
import { useProject } from '../features/projects/use-project.query';
import { CoNoteEditor } from '../features/weekly/co-note-editor.component';
import { CoUnitNotes } from '../features/weekly/co-unit-notes.component';
import { useWeeklyUpdate } from '../features/weekly/use-weekly.query';
import { isWeek, shortWeek } from '../features/weekly/week-format.util';
import { isWeekInPlanYear, planDefaultWeek } from '../features/plans/plan-as-of.util';
import { WeeklyEditPanel } from '../features/weekly/weekly-edit-panel.component';
import { WeeklyFormHeader } from '../features/weekly/weekly-form-header.component';
import { WeeklyStatusAlert } from '../features/weekly/weekly-status-alert.component';
import { WeeklyUpdateView } from '../features/weekly/weekly-update-view.component';

/** 周台账填报 of one project and ISO week, phone-first; what the user may do comes from the week's `permissions`. */
export default function WeeklyFormPage() {
  const params = useParams();
  const projectId = parseRouteId(params.projectId) ?? 0;
  const week = isWeek(params.week) ? params.week : '';
  const user = useCurrentUser();
  const project = useProject(projectId);
  const [reloadToken, setReloadToken] = useState(0);
  const update = useWeeklyUpdate(projectId, week);

  if (projectId === 0 || week === '') return <NotFoundResult message="链接有误，找不到该周报。" />;
  if (project.isPending || update.isPending) return <PageLoading />;
  if (project.isError) return <QueryError error={project.error} onRetry={() => void project.refetch()} />;
  if (update.isError) return <QueryError error={update.error} onRetry={() => void update.refetch()} />;

  // a week outside the plan's year is never asked for: point to the plan's own week instead
  const planYear = project.data.plan.year;
  if (!isWeekInPlanYear(week, planYear)) {
    const ownWeek = planDefaultWeek(project.data.plan);
    return (
      <Result
        status="info"
        title={`${shortWeek(week)}不在${planYear}年清单的年度内`}
        subTitle={`本项目属于${planYear}年的清单，只填报${planYear}年的周台账。`}
        extra={
          <Link to={`/projects/${projectId}/weekly/${ownWeek}`}>
            <Button type="primary">打开{shortWeek(ownWeek)}</Button>
          </Link>
        }
      />
    );
  }

  const weekly = update.data;
  const can = weekly.permissions;
  const breadcrumb = (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={[
        { title: <Link to={user.unitId ? '/todo' : `/plans/${project.data.plan.id}`}>{user.unitId ? '我的待办' : '清单总览'}</Link> },
        { title: shortWeek(week) },
      ]}
    />
  );

  // a co-unit writes its own note (协办说明) on the lead unit's week
  if (can.project.canWriteCoNote && !can.project.canEdit) {
    const note = weekly.coUnitNotes.find((item) => item.unitId === user.unitId) ?? null;
    return (
      <div className="ms-weekly-page">
        {breadcrumb}
        <Card size="small" style={{ marginBottom: 12 }}>
          <Typography.Text strong>
            {project.data.seq}. {project.data.name}
          </Typography.Text>
          <div>
            <Typography.Text type="secondary">{shortWeek(week)} · 本单位为协办单位</Typography.Text>
          </div>
        </Card>
        <CoNoteEditor projectId={projectId} week={week} unitName={user.unitName ?? ''} note={note} />
      </div>
    );
  }

  const coUnits = project.data.units.filter((unit) => unit.role === 'co');

  const reload = () => {
    void update.refetch().then(() => setReloadToken((token) => token + 1));
  };

  return (
    <div className="ms-weekly-page">
      {breadcrumb}
      <WeeklyFormHeader
        update={weekly}
        project={project.data}
        canDownload={can.project.canReportWeekly}
        actions={
          can.project.canRaiseBlocker && (
            <WeeklyRaiseBlocker projectId={projectId} planId={project.data.plan.id} updateId={weekly.id} problemsText={weekly.problemsText} />
          )
        }
      />
      <WeeklyStatusAlert update={weekly} />
      {weekly.coUnitNotes.length > 0 && <CoUnitNotes notes={weekly.coUnitNotes} />}
      {can.canEdit ? (
        <WeeklyEditPanel key={`${weekly.status}:${weekly.revision}:${reloadToken}`} update={weekly} coUnits={coUnits} onReload={reload} />
      ) : (
        <Card size="small" style={{ marginBottom: 12 }}>
          <WeeklyUpdateView update={weekly} coUnits={coUnits} showPrevious />
        </Card>
      )}
      {weekly.coUnitNotes.length === 0 && <CoUnitNotes notes={[]} />}
    </div>
  );
}
