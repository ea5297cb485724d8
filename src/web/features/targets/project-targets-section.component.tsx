import { useImperativeHandle, useState } from 'react';
import type { Ref } from 'react';
import { Alert, Button, Card, Skeleton } from 'antd';
import type { Project } from '../../../contract/projects.contract';
import { errorMessage } from '../../api/http-client';
import { HighlightedContent } from './highlighted-content.component';
import type { SourceSpan } from './highlighted-content.component';
import { orderTargets } from './order-targets.util';
import { TargetEditors } from './target-editors.component';
import type { TargetEditor } from './target-editors.component';
import { TargetsPanel } from './targets-panel.component';
import { useProjectTargets } from './use-targets.query';

/** Lets the review page's keyboard shortcut open the first item still waiting for confirmation. */
export interface TargetsSectionHandle {
  /** false when nothing is left to edit (all confirmed, locked, or no right to edit) */
  editFirstUnconfirmed: () => boolean;
}

interface ProjectTargetsSectionProps {
  project: Pick<Project, 'id' | 'content' | 'deadline'>;
  /** the review page leaves the charts out to stay quick */
  showCharts?: boolean;
  ref?: Ref<TargetsSectionHandle>;
}

/**
 * 项目内容及工作目标 with each target's source text marked, followed by the targets panel. Hovering or clicking an
 * item marks its span more strongly, and hovering a span marks its item.
 */
export function ProjectTargetsSection({ project, showCharts = true, ref }: ProjectTargetsSectionProps) {
  const query = useProjectTargets(project.id);
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  const [pinnedKey, setPinnedKey] = useState<string | null>(null);
  const [editor, setEditor] = useState<TargetEditor | null>(null);
  const activeKey = hoverKey ?? pinnedKey;
  const data = query.data;

  useImperativeHandle(
    ref,
    () => ({
      editFirstUnconfirmed: () => {
        if (!data?.permissions.canEditItems) return false;
        const target = orderTargets(data.targets).find(({ target: item }) => item.status === 'proposed')?.target;
        if (target) {
          setEditor({ type: 'target', target });
          return true;
        }
        const milestone = data.milestones.find((item) => item.status === 'proposed');
        if (milestone) setEditor({ type: 'milestone', milestone });
        return milestone !== undefined;
      },
    }),
    [data],
  );

  const spans: SourceSpan[] = data
    ? [
        ...orderTargets(data.targets).map(({ target }) => ({ key: `t${target.id}`, text: target.sourceText ?? '', kind: 'target' as const })),
        ...data.milestones.map((milestone) => ({ key: `m${milestone.id}`, text: milestone.sourceText ?? '', kind: 'milestone' as const })),
      ]
    : [];

  // Clicking an item pins its mark and brings it into view; clicking again unpins it.
  const select = (key: string) => {
    setPinnedKey((old) => (old === key ? null : key));
    document.querySelector(`[data-span="${key}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };
  const selectMark = (key: string) => {
    setPinnedKey((old) => (old === key ? null : key));
    document
      .querySelector(`[data-testid="${key.startsWith('t') ? 'target' : 'milestone'}-${key.slice(1)}"]`)
      ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  return (
    <>
      <Card size="small" title="项目内容及工作目标" style={{ marginBottom: 16 }}>
        <HighlightedContent content={project.content} spans={spans} activeKey={activeKey} onHover={setHoverKey} onSelect={selectMark} />
      </Card>
      {query.isPending && (
        <Card size="small" title="目标指标与节点">
          <Skeleton active />
        </Card>
      )}
      {query.isError && (
        <Alert
          type="error"
          showIcon
          title={`目标指标加载失败：${errorMessage(query.error)}`}
          action={
            <Button size="small" onClick={() => void query.refetch()}>
              重试
            </Button>
          }
        />
      )}
      {data && (
        <TargetsPanel
          projectId={project.id}
          data={data}
          activeKey={activeKey}
          showCharts={showCharts}
          onHover={setHoverKey}
          onSelect={select}
          onOpenEditor={setEditor}
        />
      )}
      <TargetEditors editor={editor} projectId={project.id} projectDeadline={project.deadline} targets={data?.targets ?? []} onClose={() => setEditor(null)} />
    </>
  );
}
