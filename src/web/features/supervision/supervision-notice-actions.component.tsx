import { useState } from 'react';
import { App, Button, Flex } from 'antd';
import type { SupervisionNoticeDetail } from '../../../contract/supervision-notices.contract';
import { errorMessage } from '../../api/http-client';
import { RespondNoticeModal } from './respond-notice.modal';
import { ReviewNoticeModal } from './review-notice.modal';
import { useRespondSupervisionNotice, useReviewSupervisionNotice, useSignSupervisionNotice } from './use-supervision-notices.query';

/** The steps the user may take on a 督办单, each shown only when the server's permissions allow it. */
export function SupervisionNoticeActions({ notice }: { notice: SupervisionNoticeDetail }) {
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'respond' | 'review' | null>(null);
  const sign = useSignSupervisionNotice(notice.id);
  const respond = useRespondSupervisionNotice(notice.id);
  const review = useReviewSupervisionNotice(notice.id);
  const can = notice.permissions;
  if (!can.canSign && !can.canRespond && !can.canReview && dialog === null) return null;

  const doSign = () =>
    sign.mutate(notice.version, {
      onSuccess: () => void message.success('已签收'),
      onError: (error) => void message.error(errorMessage(error)),
    });

  return (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        {can.canSign && (
          <Button type="primary" loading={sign.isPending} onClick={doSign}>
            签收
          </Button>
        )}
        {can.canRespond && (
          <Button
            type="primary"
            onClick={() => {
              respond.reset();
              setDialog('respond');
            }}
          >
            反馈办理情况
          </Button>
        )}
        {can.canReview && (
          <Button
            type="primary"
            onClick={() => {
              review.reset();
              setDialog('review');
            }}
          >
            复核
          </Button>
        )}
      </Flex>
      <RespondNoticeModal
        open={dialog === 'respond'}
        pending={respond.isPending}
        error={respond.error}
        onClose={() => setDialog(null)}
        onSubmit={(values) =>
          respond.mutate(
            { ...values, version: notice.version },
            {
              onSuccess: () => {
                void message.success('已反馈，等待督查室复核');
                setDialog(null);
              },
            },
          )
        }
      />
      <ReviewNoticeModal
        open={dialog === 'review'}
        pending={review.isPending}
        error={review.error}
        onClose={() => setDialog(null)}
        onSubmit={(values) =>
          review.mutate(
            { ...values, version: notice.version },
            {
              onSuccess: (result) => {
                void message.success(result.status === 'closed' ? '督办单已办结' : '已退回承办单位重新办理');
                setDialog(null);
              },
            },
          )
        }
      />
    </>
  );
}
