import { useMutation } from '@apollo/client';
import { Alert, Button, Form, Input, Modal, Rate, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mutationErrorText } from '@/components/mutationErrors';
import type { ReviewRowFieldsFragment as Review } from '@/graphql/generated/graphql';
import { ReviewRateMutation } from './mutations';
import { ratingInput, ratingValue } from './reviewLogic';

interface RateValues {
  rating: number | null;
  comment: string;
}

/** A manager's rating (1-5 in halves) and comment while the cycle is open; the server rescores the review. */
export function ReviewRateForm({ review, onClose, onRated }: { review: Review | null; onClose: () => void; onRated?: (review: Review) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RateValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [rate, { loading }] = useMutation(ReviewRateMutation);

  useEffect(() => {
    if (!review) return;
    setFailure([]);
    form.setFieldsValue({ rating: ratingValue(review.managerRating), comment: review.managerComment });
  }, [review, form]);

  const submit = async (values: RateValues) => {
    if (!review) return;
    setFailure([]);
    const rating = values.rating === null ? null : ratingInput(values.rating);
    try {
      const { data, errors } = await rate({ variables: { input: { id: review.id, rating, comment: values.comment ?? '' } } });
      const payload = data?.reviewRate;
      if (payload?.errors.length) setFailure(payload.errors.map((error) => mutationErrorText(t, error)));
      else if (payload?.review) onRated?.(payload.review);
      else setFailure([errors?.[0]?.message ?? t('performance.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('performance.actionFailed')]);
    }
  };

  return (
    <Modal
      open={Boolean(review)}
      title={t('performance.rate.title', { name: review?.employee?.name ?? '' })}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="review-rate-submit">
            {t('performance.rate.submit')}
          </Button>
        </Space>
      }
      onCancel={onClose}
      destroyOnHidden
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="review-rate-error" /> : null}
      <Typography.Paragraph type="secondary">{t('performance.rate.hint')}</Typography.Paragraph>
      <Form<RateValues> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item name="rating" label={t('performance.rate.rating')} rules={[{ required: true, message: t('performance.rate.ratingRequired') }]}>
          <Rate allowHalf allowClear={false} data-testid="review-rate-stars" />
        </Form.Item>
        <Form.Item name="comment" label={t('performance.rate.comment')}>
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="review-rate-comment" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
