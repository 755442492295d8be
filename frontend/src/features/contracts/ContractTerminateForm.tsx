import { useMutation } from '@apollo/client';
import { Alert, Button, Form, Input, Modal, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showMutationErrors } from '@/components/mutationErrors';
import { companyToday } from '@/features/traffic/trafficState';
import { DateInput, isoDateItem } from './ContractTermsFields';
import { ContractTerminateMutation } from './mutations';

interface TerminateFormValues {
  terminatedOn: string | null;
  reason: string;
}

/** Ends an active contract early, on a day within its term, with the reason on the record. */
export function ContractTerminateForm({
  open,
  contract,
  onClose,
  onDone,
}: {
  open: boolean;
  contract: { id: string; number: string; startsOn: string; endsOn?: string | null };
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TerminateFormValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [terminate, { loading }] = useMutation(ContractTerminateMutation);

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
    const today = companyToday();
    form.setFieldsValue({ terminatedOn: contract.endsOn && contract.endsOn < today ? contract.endsOn : today, reason: '' });
  }, [open, contract, form]);

  const submit = async (values: TerminateFormValues) => {
    setFailure([]);
    try {
      const { data, errors } = await terminate({
        variables: { input: { id: contract.id, terminatedOn: values.terminatedOn ?? '', reason: values.reason.trim() } },
      });
      const payload = data?.contractTerminate;
      if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
      else if (payload?.contract) onDone();
      else setFailure([errors?.[0]?.message ?? t('contracts.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('contracts.actionFailed')]);
    }
  };

  return (
    <Modal
      open={open}
      title={t('contracts.terminate.title', { number: contract.number })}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button danger type="primary" loading={loading} onClick={() => form.submit()} data-testid="contract-terminate-submit">
            {t('contracts.terminate.submit')}
          </Button>
        </Space>
      }
    >
      <Alert type="warning" showIcon message={t('contracts.terminate.warning')} style={{ marginBottom: 16 }} />
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="contract-form-error" /> : null}
      <Form<TerminateFormValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="contract-terminate-form">
        <Form.Item name="terminatedOn" label={t('contracts.fields.terminatedOn')} rules={[{ required: true, message: t('contracts.validation.terminatedOn') }]} {...isoDateItem}>
          <DateInput testId="contract-terminated-on" />
        </Form.Item>
        <Form.Item name="reason" label={t('contracts.fields.reason')} rules={[{ required: true, whitespace: true, message: t('contracts.validation.reason') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} data-testid="contract-terminate-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
