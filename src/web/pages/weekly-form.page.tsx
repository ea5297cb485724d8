import { useState } from 'react';
import { Breadcrumb, Card, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import type { Me, ProjectDetail } from '../api/api.types';
import { PageLoading } from '../components/page-loading.component';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { useCurrentUser } from '../features/auth/current-user.context';
import { WeeklyRaiseBlocker } from '../features/blockers/weekly-raise-blocker.component';
import { useProject } from '../features/projects/use-project.query';
import { CoNoteEditor } from '../features/weekly/co-note-editor.component';
import { CoUnitNotes } from '../features/weekly/co-unit-notes.component';
import { useWeeklyUpdate } from '../features/weekly/use-weekly.query';
import { isWeek, shortWeek } from '../features/weekly/week-format.util';
import { WeeklyEditPanel } from '../features/weekly/weekly-edit-panel.component';
import { WeeklyFormHeader } from '../features/weekly/weekly-form-header.component';
import { WeeklyStatusAlert } from '../features/weekly/weekly-status-alert.component';
import { WeeklyUpdateView } from '../features/weekly/weekly-update-view.component';

/** The user's part in the project: lead-unit users and the 督查室 write the update, co-units write a note. */
function unitRoleOf(user: Me, project: ProjectDetail): 'lead' | 'co' | null {
  const mine = project.units.filter((unit) => unit.id === user.unitId);
  if (mine.some((unit) => unit.role === 'lead')) return 'lead';
  return mine.length > 0 ? 'co' : null;
}

/** 周台账填报 of one project and ISO week, phone-first. */
export default function WeeklyFormPage() {
  const params = useParams();
  const projectId = parseRouteId(params.projectId) ?? 0;
  const week = isWeek(params.week) ? params.week : '';
  const user = useCurrentUser();
  const project = useProject(projectId);
  const [reloadToken, setReloadToken] = useState(0);
  const role = project.data ? unitRoleOf(user, project.data) : null;
  const isCoOnly = role === 'co';
  const update = useWeeklyUpdate(projectId, week);

  if (projectId === 0 || week === '') return <NotFoundResult message="链接有误，找不到该周报。" />;
  if (project.isPending || (update.isPending && !isCoOnly)) return <PageLoading />;
  if (project.isError) return <QueryError error={project.error} onRetry={() => void project.refetch()} />;

  const breadcrumb = (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={[
        { title: <Link to={user.unitId ? '/todo' : `/plans/${project.data.plan.id}`}>{user.unitId ? '我的待办' : '清单总览'}</Link> },
        { title: shortWeek(week) },
      ]}
    />
  );

  if (isCoOnly) {
    const note = update.data?.coUnitNotes.find((item) => item.unitId === user.unitId) ?? null;
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
        {update.isPending ? (
          <PageLoading />
        ) : (
          <CoNoteEditor projectId={projectId} week={week} unitName={user.unitName ?? ''} note={note} />
        )}
      </div>
    );
  }

  if (update.isError) return <QueryError error={update.error} onRetry={() => void update.refetch()} />;
  if (update.isPending) return <PageLoading />;
  const weekly = update.data;
  const canEdit = user.role === 'admin' || user.role === 'supervisor' || role === 'lead';
  const isEditable = canEdit && (weekly.status === 'draft' || weekly.status === 'returned');
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
        canDownload={canEdit}
        actions={
          role === 'lead' && (
            <WeeklyRaiseBlocker projectId={projectId} planId={project.data.plan.id} updateId={weekly.id} problemsText={weekly.problemsText} />
          )
        }
      />
      <WeeklyStatusAlert update={weekly} canEdit={canEdit} />
      {weekly.coUnitNotes.length > 0 && <CoUnitNotes notes={weekly.coUnitNotes} />}
      {isEditable ? (
        <WeeklyEditPanel
          key={`${weekly.status}:${weekly.revision}:${reloadToken}`}
          update={weekly}
          coUnits={coUnits}
          onReload={reload}
        />
      ) : (
        <Card size="small" style={{ marginBottom: 12 }}>
          <WeeklyUpdateView update={weekly} coUnits={coUnits} showPrevious />
        </Card>
      )}
      {weekly.coUnitNotes.length === 0 && <CoUnitNotes notes={[]} />}
    </div>
  );
}
