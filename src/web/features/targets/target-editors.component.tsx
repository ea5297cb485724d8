import { App } from 'antd';
import type { Milestone, Target } from '../../../contract/targets.contract';
import { ChangeRequestModal } from './change-request.modal';
import type { ChangeItem } from './change-request.modal';
import { MilestoneFormModal } from './milestone-form.modal';
import { TargetFormModal } from './target-form.modal';
import { TrajectoryEditorModal } from './trajectory-editor.modal';

/** Which dialog of the targets panel is open. */
export type TargetEditor =
  | { type: 'target'; target: Target | null }
  | { type: 'trajectory'; target: Target }
  | { type: 'milestone'; milestone: Milestone | null }
  | { type: 'change'; item: ChangeItem };

interface TargetEditorsProps {
  editor: TargetEditor | null;
  projectId: number;
  projectDeadline: string;
  targets: Target[];
  onClose: () => void;
}

/** Mounts the one open dialog; each dialog reads the stored values when it opens. */
export function TargetEditors({ editor, projectId, projectDeadline, targets, onClose }: TargetEditorsProps) {
  const { message } = App.useApp();
  if (!editor) return null;
  const onSaved = (text: string) => {
    void message.success(text);
    onClose();
  };

  switch (editor.type) {
    case 'target':
      return (
        <TargetFormModal
          projectId={projectId}
          target={editor.target}
          parents={targets.filter((target) => target.parentId === null)}
          defaultDueDate={projectDeadline}
          onClose={onClose}
          onSaved={onSaved}
        />
      );
    case 'trajectory':
      return <TrajectoryEditorModal target={editor.target} onClose={onClose} onSaved={onSaved} />;
    case 'milestone':
      return <MilestoneFormModal projectId={projectId} milestone={editor.milestone} defaultDueDate={projectDeadline} onClose={onClose} onSaved={onSaved} />;
    case 'change':
      return <ChangeRequestModal item={editor.item} onClose={onClose} onSaved={onSaved} />;
  }
}
