import { useMutation } from '@apollo/client';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showMutationErrors } from '@/components/mutationErrors';
import { EmployeeSelect } from '@/features/compensation/EmployeeSelect';
import type { LeaveKind, LeaveRecordFieldsFragment as Leave } from '@/graphql/generated/graphql';
import { LEAVE_KINDS, workingDays } from './attendanceLogic';
import { LeaveRecordCreateMutation, LeaveRequestMutation } from './mutations';

// Named as LeaveInput's fields, so the server's `errors { field }` land under them.
interface LeaveValues {
  employeeId: string | null;
  kind: LeaveKind;
  startDate: Dayjs | null;
  endDate: Dayjs | null;
  days: string | null;
  reason: string;
}

/**
 * `record`: HR records leave for anyone, approved at once (attendance.write).
 * `request`: the viewer asks for their own leave, pending until HR decides.
 */
export function LeaveForm({ mode, open, onClose, onSaved }: { mode: 'record' | 'request'; open: boolean; onClose: () => void; onSaved: (leave: Leave) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LeaveValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const refetchQueries = ['LeaveRecordList'];
  const [record, recording] = useMutation(LeaveRecordCreateMutation, { refetchQueries });
  const [request, requesting] = useMutation(LeaveRequestMutation, { refetchQueries });
  const start = Form.useWatch('startDate', form);
  const end = Form.useWatch('endDate', form);
  const counted = start && end ? workingDays(start.format('YYYY-MM-DD'), end.format('YYYY-MM-DD')) : null;

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
    form.setFieldsValue({ kind: 'ANNUAL', reason: '' });
  }, [open, form]);

  const submit = async (values: LeaveValues) => {
    setFailure([]);
    if (!values.startDate || !values.endDate) return;
    const input = {
      ...(mode === 'record' ? { employeeId: values.employeeId } : {}),
      kind: values.kind,
      startDate: values.startDate.format('YYYY-MM-DD'),
      endDate: values.endDate.format('YYYY-MM-DD'),
      days: values.days || null,
      reason: values.reason?.trim() ?? '',
    };
    try {
      const payload =
        mode === 'record' ? (await record({ variables: { input } })).data?.leaveRecordCreate : (await request({ variables: { input } })).data?.leaveRequest;
      if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
      else if (payload?.leave) onSaved(payload.leave);
      else setFailure([t('attendance.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('attendance.actionFailed')]);
    }
  };

  return (
    <Modal
      open={open}
      title={mode === 'record' ? t('attendance.leave.recordTitle') : t('attendance.leave.requestTitle')}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      width={480}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={recording.loading || requesting.loading} onClick={() => form.submit()} data-testid="leave-submit">
            {mode === 'record' ? t('attendance.leave.record') : t('attendance.leave.requestSubmit')}
          </Button>
        </Space>
      }
    >
      {mode === 'request' ? <Typography.Paragraph type="secondary">{t('attendance.leave.requestHint')}</Typography.Paragraph> : null}
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="leave-error" /> : null}
      <Form<LeaveValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="leave-form">
        {mode === 'record' ? (
          <Form.Item name="employeeId" label={t('attendance.columns.employee')} rules={[{ required: true, message: t('attendance.required') }]}>
            <EmployeeSelect testId="leave-employee" style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        <Form.Item name="kind" label={t('attendance.leave.columns.kind')} rules={[{ required: true }]}>
          <Select options={LEAVE_KINDS.map((value) => ({ value, label: t(`attendance.enums.leaveKind.${value}`) }))} data-testid="leave-kind" />
        </Form.Item>
        <Space wrap size={16}>
          <Form.Item name="startDate" label={t('attendance.leave.columns.startDate')} rules={[{ required: true, message: t('attendance.required') }]}>
            <DatePicker style={{ width: 170 }} data-testid="leave-start" />
          </Form.Item>
          <Form.Item
            name="endDate"
            label={t('attendance.leave.columns.endDate')}
            dependencies={['startDate']}
            rules={[
              { required: true, message: t('attendance.required') },
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | null) => {
                  const from = getFieldValue('startDate') as Dayjs | null;
                  return !value || !from || !value.isBefore(from, 'day') ? Promise.resolve() : Promise.reject(new Error(t('attendance.leave.endBeforeStart')));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: 170 }} data-testid="leave-end" />
          </Form.Item>
        </Space>
        <Form.Item
          name="days"
          label={t('attendance.leave.columns.days')}
          extra={counted !== null ? t('attendance.leave.daysCounted', { count: counted }) : t('attendance.leave.daysHint')}
        >
          <InputNumber<string> stringMode min="0.5" step="0.5" precision={1} style={{ width: 140 }} placeholder={counted !== null ? String(counted) : undefined} data-testid="leave-days" />
        </Form.Item>
        <Form.Item name="reason" label={t('attendance.leave.columns.reason')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="leave-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
