import { useMutation } from '@apollo/client';
import { Alert, Button, DatePicker, Form, Input, Modal, Radio, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showMutationErrors } from '@/components/mutationErrors';
import type { ReviewCycleFieldsFragment as Cycle, ReviewCycleKind } from '@/graphql/generated/graphql';
import { ReviewCycleOpenMutation } from './mutations';
import { defaultCycleName, periodStartOf } from './reviewLogic';

interface OpenValues {
  name: string;
  kind: ReviewCycleKind;
  periodStart: Dayjs | null;
}

/** Opens a monthly or quarterly cycle: a review for everyone whose position has a KPI template. */
export function ReviewCycleOpenForm({ open, onClose, onOpened }: { open: boolean; onClose: () => void; onOpened: (cycle: Cycle) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OpenValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [openCycle, { loading }] = useMutation(ReviewCycleOpenMutation, { refetchQueries: ['ReviewCycleList'] });
  const kind = Form.useWatch('kind', form) ?? 'MONTHLY';

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
    form.setFieldsValue({ kind: 'MONTHLY', name: '', periodStart: null });
  }, [open, form]);

  const onValuesChange = (changed: Partial<OpenValues>, all: OpenValues) => {
    if (('periodStart' in changed || 'kind' in changed) && all.periodStart && !form.isFieldTouched('name')) {
      form.setFieldValue('name', defaultCycleName(periodStartOf(all.periodStart.format('YYYY-MM'), all.kind).periodStart, all.kind));
    }
  };

  const submit = async (values: OpenValues) => {
    setFailure([]);
    const { periodStart, valid } = periodStartOf(values.periodStart?.format('YYYY-MM') ?? '', values.kind);
    if (!valid) {
      form.setFields([{ name: 'periodStart', errors: [t('performance.open.quarterStart')] }]);
      return;
    }
    try {
      const { data, errors } = await openCycle({ variables: { input: { name: values.name.trim(), kind: values.kind, periodStart } } });
      const payload = data?.reviewCycleOpen;
      if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
      else if (payload?.cycle) onOpened(payload.cycle);
      else setFailure([errors?.[0]?.message ?? t('performance.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('performance.actionFailed')]);
    }
  };

  return (
    <Modal
      open={open}
      title={t('performance.open.title')}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="review-cycle-open-submit">
            {t('performance.open.submit')}
          </Button>
        </Space>
      }
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="review-cycle-open-error" /> : null}
      <Form<OpenValues> form={form} layout="vertical" requiredMark="optional" onValuesChange={onValuesChange} onFinish={(values) => void submit(values)}>
        <Form.Item name="kind" label={t('performance.open.kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={(['MONTHLY', 'QUARTERLY'] as const).map((value) => ({ value, label: t(`performance.enums.cycleKind.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="periodStart"
          label={kind === 'QUARTERLY' ? t('performance.open.quarterMonth') : t('performance.open.month')}
          rules={[{ required: true, message: t('performance.open.monthRequired') }]}
        >
          <DatePicker picker="month" style={{ width: 200 }} data-testid="review-cycle-open-month" />
        </Form.Item>
        <Form.Item name="name" label={t('performance.open.name')} rules={[{ required: true, whitespace: true, message: t('performance.open.nameRequired') }]}>
          <Input maxLength={120} data-testid="review-cycle-open-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
