import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { App, Button, Card, Flex, Popconfirm, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import type { PayrollAdjustmentListQuery } from '@/graphql/generated/graphql';
import { Money } from './Money';
import { PayrollAdjustmentDeleteMutation } from './mutations';
import { PayrollAdjustmentForm } from './PayrollAdjustmentForm';
import { monthLabel } from './payrollState';
import { PayrollAdjustmentListQuery as AdjustmentsDocument } from './queries';

type Row = NonNullable<PayrollAdjustmentListQuery['payrollAdjustments']>['edges'][number]['node'];

/** The adjustments paid with a month's payslips: added and removed while the month is not locked. */
export function PayrollAdjustmentPanel({ month, editable }: { month: string; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const { data, loading, refetch } = useQuery(AdjustmentsDocument, { variables: { month }, fetchPolicy: 'cache-and-network' });
  const [remove] = useMutation(PayrollAdjustmentDeleteMutation);
  const rows = data?.payrollAdjustments?.edges.map((edge) => edge.node) ?? [];

  const onDelete = async (id: string) => {
    try {
      const { data: result } = await remove({ variables: { input: { id } } });
      const failed = result?.payrollAdjustmentDelete.errors[0];
      if (failed) message.error(failed.message);
      else {
        message.success(t('compensation.adjustments.deleted'));
        await refetch();
      }
    } catch (reason) {
      message.error(reason instanceof Error ? reason.message : t('compensation.actionFailed'));
    }
  };

  const columns: TableColumnsType<Row> = [
    {
      key: 'employee',
      title: t('compensation.adjustments.employee'),
      render: (_, row) => (row.employee ? `${row.employee.name} · ${row.employee.employeeNo}` : t('common.empty')),
    },
    { key: 'amount', title: t('compensation.adjustments.amount'), align: 'right', render: (_, row) => <Money value={row.amount} /> },
    {
      key: 'reason',
      title: t('compensation.adjustments.reason'),
      render: (_, row) => (
        <span>
          {row.reason}
          {row.correctsMonth ? <div className="muted">{t('compensation.adjustments.corrects', { month: monthLabel(row.correctsMonth, language) })}</div> : null}
        </span>
      ),
    },
    ...(editable
      ? [
          {
            key: 'actions',
            width: 60,
            render: (_: unknown, row: Row) => (
              <Popconfirm title={t('compensation.adjustments.deleteConfirm')} onConfirm={() => void onDelete(row.id)}>
                <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('common.delete')} />
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('compensation.adjustments.title', { month: monthLabel(month, language) })}
      data-testid="payroll-adjustments"
      extra={
        editable ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="payroll-adjustment-add">
            {t('compensation.adjustments.add')}
          </Button>
        ) : null
      }
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('compensation.adjustments.hint')}</Typography.Text>
        <Table<Row>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={loading && !data}
          pagination={false}
          scroll={{ x: 600 }}
          locale={{ emptyText: t('compensation.adjustments.empty') }}
          data-testid="payroll-adjustment-table"
        />
      </Flex>
      {editable ? (
        <PayrollAdjustmentForm
          month={month}
          open={adding}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            message.success(t('compensation.adjustments.added'));
            void refetch();
          }}
        />
      ) : null}
    </Card>
  );
}
