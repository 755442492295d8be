import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, DatePicker, Form, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import { formatDate } from '@/app/i18n/format';
import { showMutationErrors } from '@/components/mutationErrors';
import { companyToday } from '@/features/traffic/trafficState';
import type { PlanAssignmentFieldsFragment as Row, PlanAssignmentScope, PlanTargetOptionsQuery } from '@/graphql/generated/graphql';
import { EmployeeSelect } from './EmployeeSelect';
import { PlanAssignMutation, PlanAssignmentEndMutation } from './mutations';
import { PlanTargetOptionsQuery as TargetOptionsDocument } from './queries';

const SCOPES: readonly PlanAssignmentScope[] = ['POSITION', 'TEAM', 'HOST'];
const SCOPE_COLORS: Record<PlanAssignmentScope, string> = { POSITION: 'purple', TEAM: 'blue', HOST: 'magenta' };


function TargetName({ row, options }: { row: Row; options: PlanTargetOptionsQuery | undefined }) {
  if (row.targetName) return <>{row.targetName}</>;
  if (row.scope === 'TEAM') return <>{options?.teams?.edges.find(({ node }) => node.id === row.targetId)?.node.name ?? row.targetId}</>;
  const position = options?.positions?.edges.find(({ node }) => node.id === row.targetId)?.node;
  return <>{position ? [position.title, position.level].filter(Boolean).join(' · ') : row.targetId}</>;
}

interface AssignValues {
  scope: PlanAssignmentScope;
  targetId: string | null;
  effectiveFrom: Dayjs | null;
  effectiveTo: Dayjs | null;
}

function PlanAssignForm({ planId, open, onClose, onDone, options }: { planId: string; open: boolean; onClose: () => void; onDone: () => void; options: PlanTargetOptionsQuery | undefined }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AssignValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [assign, { loading }] = useMutation(PlanAssignMutation);
  const scope = Form.useWatch('scope', form) ?? 'POSITION';

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
  }, [open, form]);

  const submit = async (values: AssignValues) => {
    setFailure([]);
    try {
      const { data, errors } = await assign({
        variables: {
          input: {
            planId,
            scope: values.scope,
            targetId: values.targetId ?? '',
            effectiveFrom: (values.effectiveFrom ?? dayjs()).format('YYYY-MM-DD'),
            effectiveTo: values.effectiveTo ? values.effectiveTo.format('YYYY-MM-DD') : null,
          },
        },
      });
      const payload = data?.planAssign;
      if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
      else if (payload?.assignment) onDone();
      else setFailure([errors?.[0]?.message ?? t('compensation.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('compensation.actionFailed')]);
    }
  };

  const targetOptions =
    scope === 'TEAM'
      ? options?.teams?.edges.map(({ node }) => ({ value: node.id, label: node.name }))
      : options?.positions?.edges.map(({ node }) => ({ value: node.id, label: [node.title, node.level].filter(Boolean).join(' · ') }));

  return (
    <Modal
      open={open}
      title={t('compensation.assignments.addTitle')}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="plan-assign-submit">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form<AssignValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ scope: 'POSITION', targetId: null, effectiveFrom: dayjs(companyToday()).startOf('month').add(1, 'month'), effectiveTo: null }}
        onFinish={(values) => void submit(values)}
        data-testid="plan-assign-form"
      >
        <Form.Item name="scope" label={t('compensation.assignments.scope')} rules={[{ required: true }]}>
          <Select
            options={SCOPES.map((value) => ({ value, label: t(`compensation.assignments.scopes.${value}`) }))}
            onChange={() => form.setFieldValue('targetId', null)}
            data-testid="plan-assign-scope"
          />
        </Form.Item>
        <Form.Item name="targetId" label={t('compensation.assignments.target')} rules={[{ required: true, message: t('compensation.assignments.validation.target') }]}>
          {scope === 'HOST' ? (
            <EmployeeSelect hostsOnly testId="plan-assign-target" />
          ) : (
            <Select showSearch optionFilterProp="label" options={targetOptions} data-testid="plan-assign-target" />
          )}
        </Form.Item>
        <Space wrap size={16}>
          <Form.Item name="effectiveFrom" label={t('compensation.assignments.effectiveFrom')} rules={[{ required: true, message: t('compensation.assignments.validation.effectiveFrom') }]}>
            <DatePicker data-testid="plan-assign-from" />
          </Form.Item>
          <Form.Item name="effectiveTo" label={t('compensation.assignments.effectiveTo')} extra={t('compensation.assignments.openEndedHint')}>
            <DatePicker data-testid="plan-assign-to" />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

function PlanAssignmentEndForm({ assignment, onClose, onDone }: { assignment: Row | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ lastDay: Dayjs | null }>();
  const [failure, setFailure] = useState<string[]>([]);
  const [end, { loading }] = useMutation(PlanAssignmentEndMutation);

  useEffect(() => {
    if (!assignment) return;
    setFailure([]);
    form.resetFields();
  }, [assignment, form]);

  const submit = async ({ lastDay }: { lastDay: Dayjs | null }) => {
    if (!assignment) return;
    setFailure([]);
    try {
      const { data } = await end({ variables: { input: { id: assignment.id, lastDay: (lastDay ?? dayjs()).format('YYYY-MM-DD') } } });
      const payload = data?.planAssignmentEnd;
      if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
      else onDone();
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('compensation.actionFailed')]);
    }
  };

  return (
    <Modal
      open={assignment !== null}
      title={t('compensation.assignments.endTitle')}
      onCancel={onClose}
      destroyOnHidden
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" initialValues={{ lastDay: dayjs(companyToday()).endOf('month') }} onFinish={(values) => void submit(values)}>
        <Form.Item name="lastDay" label={t('compensation.assignments.lastDay')} rules={[{ required: true, message: t('compensation.assignments.validation.lastDay') }]}>
          <DatePicker data-testid="plan-assignment-last-day" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Who a plan applies to and when; HR adds an assignment or sets the last day of one. */
export function PlanAssignmentCard({ planId, assignments, editable, onChanged }: { planId: string; assignments: readonly Row[]; editable: boolean; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { message } = App.useApp();
  const options = useQuery(TargetOptionsDocument);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Row | null>(null);
  const today = companyToday();

  const columns: TableColumnsType<Row> = [
    {
      key: 'scope',
      title: t('compensation.assignments.scope'),
      width: 90,
      render: (_, row) => (
        <Tag color={SCOPE_COLORS[row.scope]} bordered={false}>
          {t(`compensation.assignments.scopes.${row.scope}`)}
        </Tag>
      ),
    },
    { key: 'target', title: t('compensation.assignments.target'), render: (_, row) => <TargetName row={row} options={options.data} /> },
    { key: 'from', title: t('compensation.assignments.effectiveFrom'), width: 130, render: (_, row) => formatDate(row.effectiveFrom, language) },
    {
      key: 'to',
      title: t('compensation.assignments.effectiveTo'),
      width: 130,
      render: (_, row) => (row.effectiveTo ? formatDate(row.effectiveTo, language) : <Tag bordered={false}>{t('compensation.assignments.openEnded')}</Tag>),
    },
    ...(editable
      ? [
          {
            key: 'actions',
            width: 90,
            render: (_: unknown, row: Row) =>
              !row.effectiveTo || row.effectiveTo >= today ? (
                <Button size="small" icon={<StopOutlined />} onClick={() => setEnding(row)} data-testid="plan-assignment-end">
                  {t('compensation.assignments.end')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('compensation.assignments.title')}
      data-testid="plan-assignments"
      extra={
        editable ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="plan-assign-add">
            {t('compensation.assignments.add')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t('compensation.assignments.hint')}</Typography.Paragraph>
      <Table<Row>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={[...assignments]}
        pagination={false}
        scroll={{ x: 560 }}
        locale={{ emptyText: t('compensation.assignments.empty') }}
        data-testid="plan-assignment-table"
      />
      {editable ? (
        <>
          <PlanAssignForm
            planId={planId}
            open={adding}
            options={options.data}
            onClose={() => setAdding(false)}
            onDone={() => {
              setAdding(false);
              message.success(t('compensation.assignments.added'));
              onChanged();
            }}
          />
          <PlanAssignmentEndForm
            assignment={ending}
            onClose={() => setEnding(null)}
            onDone={() => {
              setEnding(null);
              message.success(t('compensation.assignments.ended'));
              onChanged();
            }}
          />
        </>
      ) : null}
    </Card>
  );
}
