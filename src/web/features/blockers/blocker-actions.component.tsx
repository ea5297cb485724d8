import { useState } from 'react';
import { App, Button, Flex } from 'antd';
import type { BlockerDetail } from '../../../contract/blockers.contract';
import { errorMessage } from '../../api/http-client';
import { BlockerTextModal } from './blocker-text.modal';
import { GreenChannelRequestModal } from './green-channel-request.modal';
import { useEscalateBlocker, useFinishBlocker } from './use-blocker-actions.mutation';

type Dialog = 'green' | 'finish' | null;
type Outcome = 'resolve' | 'close';

/** The blocker's own actions, each shown only when the server says the user may take it. */
export function BlockerActions({ blocker }: { blocker: BlockerDetail }) {
  const { message, modal } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  // kept after the dialog closes so its title does not flip during the closing animation
  const [outcome, setOutcome] = useState<Outcome>('resolve');
  const escalate = useEscalateBlocker(blocker.id);
  const finish = useFinishBlocker(blocker.id);
  const can = blocker.permissions;
  const hasActions = can.canRequestGreenChannel || can.canEscalate || can.canResolve || can.canClose;
  // a refusal reloads the blocker and may take the permission away: the open dialog stays to show why
  if (!hasActions && dialog === null) return null;

  const openFinish = (which: Outcome) => {
    finish.reset();
    setOutcome(which);
    setDialog('finish');
  };
  const confirmEscalate = () =>
    modal.confirm({
      title: '提请分管领导协调？',
      content: '提交后分管领导将在调度中看到该堵点。',
      okText: '提请',
      cancelText: '取消',
      onOk: async () => {
        try {
          await escalate.mutateAsync(blocker.version);
          void message.success('已提请分管领导协调');
        } catch (error) {
          void message.error(errorMessage(error));
        }
      },
    });
  const submitFinish = (text: string) =>
    finish.mutate(
      { outcome, text, version: blocker.version },
      {
        onSuccess: () => {
          void message.success(outcome === 'resolve' ? '已标记为已解决' : '堵点已关闭');
          setDialog(null);
        },
      },
    );

  return (
    <>
      {hasActions && (
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          {can.canRequestGreenChannel && (
            <Button type="primary" onClick={() => setDialog('green')}>
              申请绿色通道
            </Button>
          )}
          {can.canEscalate && <Button onClick={confirmEscalate}>提请领导协调</Button>}
          {can.canResolve && <Button onClick={() => openFinish('resolve')}>标记已解决</Button>}
          {can.canClose && (
            <Button danger onClick={() => openFinish('close')}>
              关闭堵点
            </Button>
          )}
        </Flex>
      )}
      <GreenChannelRequestModal blockerId={blocker.id} projectId={blocker.project.id} open={dialog === 'green'} onClose={() => setDialog(null)} />
      <BlockerTextModal
        open={dialog === 'finish'}
        title={outcome === 'close' ? '关闭堵点' : '标记已解决'}
        label={outcome === 'close' ? '关闭原因' : '解决情况'}
        requiredMessage={outcome === 'close' ? '请填写关闭的原因' : '请填写堵点是如何解决的'}
        placeholder={outcome === 'close' ? '如：资金已由区财政统筹，不再需要' : '如：自然资源分局开辟绿色通道，用地手续已办结'}
        okText={outcome === 'close' ? '确认关闭' : '确定'}
        pending={finish.isPending}
        error={finish.error}
        onSubmit={submitFinish}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
