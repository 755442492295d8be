import { useMutation } from '@apollo/client';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { mutationErrorText } from '@/components/mutationErrors';
import { LeaveApproveMutation, LeaveCancelMutation, LeaveRejectMutation } from './mutations';

/** Approve, reject and cancel a leave record, each answered with a message (the payload's errors in words). */
export function useLeaveActions() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const options = { refetchQueries: ['LeaveRecordList'] };
  const [approve] = useMutation(LeaveApproveMutation, options);
  const [reject] = useMutation(LeaveRejectMutation, options);
  const [cancel] = useMutation(LeaveCancelMutation, options);

  const run = async (action: 'approve' | 'reject' | 'cancel', id: string) => {
    const variables = { input: { id } };
    try {
      const payload =
        action === 'approve'
          ? (await approve({ variables })).data?.leaveApprove
          : action === 'reject'
            ? (await reject({ variables })).data?.leaveReject
            : (await cancel({ variables })).data?.leaveCancel;
      if (payload?.errors.length) void message.error(payload.errors.map((item) => mutationErrorText(t, item)).join(' '));
      else if (payload?.leave) void message.success(t(`attendance.leave.done.${action}`));
      else void message.error(t('attendance.actionFailed'));
    } catch (reason) {
      void message.error(reason instanceof Error ? reason.message : t('attendance.actionFailed'));
    }
  };
  return run;
}
