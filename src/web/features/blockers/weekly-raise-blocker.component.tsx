import { useState } from 'react';
import { Alert, Button } from 'antd';
import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { BlockerDetail } from '../../../contract/blockers.contract';
import { RaiseBlockerModal } from './raise-blocker.modal';

interface Props {
  projectId: number;
  planId: number;
  /** the week's update; null while nobody has saved the form yet */
  updateId: number | null;
  /** the week's 存在问题, offered as the blocker's description */
  problemsText: string;
}

/** 反映堵点 from a weekly update (lead unit): the blocker is linked to the week, and a link to it follows. Lives in a wrapping flex row. */
export function WeeklyRaiseBlocker({ projectId, planId, updateId, problemsText }: Props) {
  const [open, setOpen] = useState(false);
  const [raised, setRaised] = useState<BlockerDetail | null>(null);
  return (
    <>
      <Button icon={<ExclamationCircleOutlined />} onClick={() => setOpen(true)}>
        反映堵点
      </Button>
      {raised && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setRaised(null) }}
          style={{ width: '100%' }}
          title="堵点已反映，可在堵点卡点中跟踪办理"
          action={<Link to={`/plans/${planId}/blockers?status=all&blocker=${raised.id}`}>查看堵点</Link>}
        />
      )}
      <RaiseBlockerModal
        projectId={projectId}
        updateId={updateId}
        initialDescription={problemsText.trim() || undefined}
        open={open}
        onClose={() => setOpen(false)}
        onRaised={setRaised}
      />
    </>
  );
}
