import { CheckOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { mutationErrorText } from '@/components/mutationErrors';
import { ReviewAcknowledgeMutation } from './mutations';

/** The employee acknowledges their own review of a closed cycle, once. */
export function ReviewAcknowledgeButton({ reviewId, block = false }: { reviewId: string; block?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [acknowledge, { loading }] = useMutation(ReviewAcknowledgeMutation);

  const run = async () => {
    try {
      const { data, errors } = await acknowledge({ variables: { id: reviewId } });
      const payload = data?.reviewAcknowledge;
      if (payload?.errors.length) void message.error(payload.errors.map((e) => mutationErrorText(t, e)).join(' '));
      else if (payload?.review) void message.success(t('performance.mine.acknowledgedToast'));
      else void message.error(errors?.[0]?.message ?? t('performance.actionFailed'));
    } catch (reason) {
      void message.error(reason instanceof Error ? reason.message : t('performance.actionFailed'));
    }
  };

  return (
    <Button type="primary" block={block} icon={<CheckOutlined />} loading={loading} onClick={() => void run()} data-testid="review-acknowledge">
      {t('performance.mine.acknowledge')}
    </Button>
  );
}
