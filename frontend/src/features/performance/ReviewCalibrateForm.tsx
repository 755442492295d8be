import { useMutation } from '@apollo/client';
import { Alert, Button, Form, Input, InputNumber, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimal } from '@/app/i18n/format';
import { showMutationErrors } from '@/components/mutationErrors';
import type { ReviewRowFieldsFragment as Review } from '@/graphql/generated/graphql';
import { ReviewCalibrateMutation } from './mutations';
import { calibrationInput } from './reviewLogic';

interface CalibrateValues {
  points: number | null;
  reason: string;
}

/** HR's calibration of a scored review in a cycle under calibration: ±10 points with a reason (0 undoes it). */
export function ReviewCalibrateForm({ review, onClose, onCalibrated }: { review: Review | null; onClose: () => void; onCalibrated?: (review: Review) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CalibrateValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [calibrate, { loading }] = useMutation(ReviewCalibrateMutation);

  useEffect(() => {
    if (!review) return;
    setFailure([]);
    form.setFieldsValue({ points: review.calibration ? Number(review.calibration.points) : null, reason: review.calibration?.reason ?? '' });
  }, [review, form]);

  const submit = async (values: CalibrateValues) => {
    if (!review) return;
    setFailure([]);
    const points = calibrationInput(values.points);
    if (points === null) {
      form.setFields([{ name: 'points', errors: [t('performance.calibrate.pointsRange')] }]);
      return;
    }
    try {
      const { data, errors } = await calibrate({ variables: { input: { id: review.id, points, reason: values.reason.trim() } } });
      const payload = data?.reviewCalibrate;
      if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
      else if (payload?.review) onCalibrated?.(payload.review);
      else setFailure([errors?.[0]?.message ?? t('performance.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('performance.actionFailed')]);
    }
  };

  return (
    <Modal
      open={Boolean(review)}
      title={t('performance.calibrate.title', { name: review?.employee?.name ?? '' })}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="review-calibrate-submit">
            {t('performance.calibrate.submit')}
          </Button>
        </Space>
      }
      onCancel={onClose}
      destroyOnHidden
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="review-calibrate-error" /> : null}
      <Typography.Paragraph type="secondary">
        {t('performance.calibrate.hint', { weighted: review?.weighted ? formatDecimal(review.weighted, 2) : t('common.empty') })}
      </Typography.Paragraph>
      <Form<CalibrateValues> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item name="points" label={t('performance.calibrate.points')} rules={[{ required: true, message: t('performance.calibrate.pointsRange') }]}>
          <InputNumber min={-10} max={10} step={0.5} precision={2} style={{ width: 160 }} data-testid="review-calibrate-points" />
        </Form.Item>
        <Form.Item name="reason" label={t('performance.calibrate.reason')} rules={[{ required: true, whitespace: true, message: t('performance.calibrate.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} data-testid="review-calibrate-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
