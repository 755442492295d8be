import { useMutation } from '@apollo/client';
import { Alert, Button, Col, DatePicker, Form, InputNumber, Modal, Row, Select, Space, Typography } from 'antd';
import type { FormItemProps, FormRule } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitMutation } from '@/components/mutationErrors';
import { EmployeeSelect } from '@/features/compensation/EmployeeSelect';
import type { AttendanceMonthFieldsFragment as Month } from '@/graphql/generated/graphql';
import type { MonthFormValues } from './attendanceMonthForm';
import { asFormPayload, countProblem, halvesProblem, MAX_DAYS, MAX_OVERTIME_HOURS, newMonthValues, recordInput, valuesOfMonth } from './attendanceMonthForm';
import { AttendanceRecordMutation } from './mutations';

/** A month picker whose form value is the month's first day, `YYYY-MM-01`, as the API takes it. */
const firstDayItem: Pick<FormItemProps, 'getValueProps' | 'normalize'> = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-01') : null),
};

/**
 * Records one employee's month (`row` absent; `month` is the list's, `YYYY-MM`) or corrects a
 * stored one (`row`): sending a month again replaces it, so a correction keeps its employee and
 * month. The server checks each figure and how they add up, and says which one it refuses.
 */
export function AttendanceMonthForm({
  open,
  row,
  month,
  thisMonth,
  onClose,
  onSaved,
}: {
  open: boolean;
  row?: Month;
  month: string;
  thisMonth: string;
  onClose: () => void;
  onSaved: (month: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MonthFormValues>();
  const [failure, setFailure] = useState<string[]>([]);
  // Awaited, so the list behind shows the new figures when the form closes.
  const [record, recording] = useMutation(AttendanceRecordMutation, { refetchQueries: ['AttendanceMonthList'], awaitRefetchQueries: true });

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
    form.setFieldsValue(row ? valuesOfMonth(row) : newMonthValues(month));
  }, [open, row, month, form]);

  const submit = async (values: MonthFormValues) => {
    setFailure([]);
    const { saved, failure: failed } = await submitMutation(
      form,
      t,
      async () => {
        const { data, errors } = await record({ variables: { input: recordInput(values) } });
        return { payload: data ? asFormPayload(data.attendanceRecord) : null, error: errors?.[0]?.message };
      },
      (payload) => payload.accepted === 1,
      t('attendance.actionFailed'),
    );
    if (saved) onSaved(values.month?.slice(0, 7) ?? month);
    else setFailure(failed);
  };

  const required: FormRule = { required: true, message: t('attendance.required') };
  const halves = (max: number): FormRule => ({
    validator: (_, value: string | null) => {
      const problem = halvesProblem(value, max);
      return problem ? Promise.reject(new Error(t(`attendance.record.problems.${problem}`, { max }))) : Promise.resolve();
    },
  });
  const whole: FormRule = {
    validator: (_, value: number | null) => (countProblem(value) ? Promise.reject(new Error(t('attendance.record.problems.whole'))) : Promise.resolve()),
  };
  const dayInput = (testId: string) => <InputNumber<string> stringMode step="0.5" style={{ width: '100%' }} data-testid={testId} />;

  return (
    <Modal
      open={open}
      title={row ? t('attendance.record.editTitle', { name: row.employee?.name ?? '', month: row.month.slice(0, 7) }) : t('attendance.record.title')}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      width={560}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={recording.loading} onClick={() => form.submit()} data-testid="attendance-record-submit">
            {t('attendance.record.save')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('attendance.record.replaceHint')}</Typography.Paragraph>
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="attendance-record-error" /> : null}
      <Form<MonthFormValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="attendance-record-form">
        <Row gutter={16}>
          <Col xs={24} sm={14}>
            <Form.Item name="employeeId" label={t('attendance.columns.employee')} rules={[required]}>
              {row?.employee ? (
                <Select disabled options={[{ value: row.employee.id, label: `${row.employee.name} · ${row.employee.employeeNo}` }]} data-testid="attendance-record-employee" />
              ) : (
                <EmployeeSelect testId="attendance-record-employee" style={{ width: '100%' }} />
              )}
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="month" label={t('attendance.months.month')} rules={[required]} {...firstDayItem}>
              <DatePicker
                picker="month"
                disabled={Boolean(row)}
                allowClear={false}
                disabledDate={(value) => value.format('YYYY-MM') > thisMonth}
                style={{ width: '100%' }}
                data-testid="attendance-record-month"
              />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="scheduledDays" label={t('attendance.record.fields.scheduledDays')} rules={[required, halves(MAX_DAYS)]}>
              {dayInput('attendance-record-scheduled')}
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="workedDays" label={t('attendance.record.fields.workedDays')} extra={t('attendance.record.workedHint')} rules={[required, halves(MAX_DAYS)]}>
              {dayInput('attendance-record-worked')}
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="absentDays" label={t('attendance.record.fields.absentDays')} extra={t('attendance.record.absentHint')} rules={[halves(MAX_DAYS)]}>
              {dayInput('attendance-record-absent')}
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="overtimeHours" label={t('attendance.record.fields.overtimeHours')} rules={[halves(MAX_OVERTIME_HOURS)]}>
              {dayInput('attendance-record-overtime')}
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="lateCount" label={t('attendance.record.fields.lateCount')} rules={[whole]}>
              <InputNumber style={{ width: '100%' }} data-testid="attendance-record-late-count" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="lateMinutes" label={t('attendance.record.fields.lateMinutes')} rules={[whole]}>
              <InputNumber style={{ width: '100%' }} data-testid="attendance-record-late-minutes" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
