import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { clickableRow } from '@/components/clickableRow';
import type { PayrollRunDetailsQuery } from '@/graphql/generated/graphql';
import { Money } from './Money';

type TeamTotal = NonNullable<PayrollRunDetailsQuery['payrollRun']>['teams'][number];

/** A run's totals per team, largest gross first; choosing a team filters the payslips below to it. */
export function PayrollTeamTable({ teams, selectedTeamId, onSelect }: { teams: readonly TeamTotal[]; selectedTeamId: string | null; onSelect: (teamId: string | null) => void }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<TeamTotal> = [
    {
      key: 'team',
      title: t('compensation.run.columns.team'),
      render: (_, row) =>
        row.teamId ? (
          <Typography.Link strong={row.teamId === selectedTeamId} data-testid="payroll-team-link" data-team-id={row.teamId}>
            {row.teamName}
          </Typography.Link>
        ) : (
          <Typography.Text type="secondary">{t('compensation.noTeam')}</Typography.Text>
        ),
    },
    { key: 'payslips', title: t('compensation.amounts.payslips'), align: 'right', render: (_, row) => row.payslips },
    { key: 'base', title: t('compensation.amounts.base'), align: 'right', render: (_, row) => <Money value={row.base} /> },
    { key: 'commission', title: t('compensation.amounts.commission'), align: 'right', render: (_, row) => <Money value={row.commission} /> },
    { key: 'adjustments', title: t('compensation.amounts.adjustments'), align: 'right', render: (_, row) => <Money value={row.adjustments} /> },
    { key: 'gross', title: t('compensation.amounts.gross'), align: 'right', render: (_, row) => <Money value={row.gross} strong testId="payroll-team-gross" /> },
  ];
  return (
    <Table<TeamTotal>
      rowKey={(row) => row.teamId ?? 'none'}
      size="small"
      data-testid="payroll-team-table"
      columns={columns}
      dataSource={[...teams]}
      pagination={false}
      scroll={{ x: 720, y: 360 }}
      rowClassName={(row) => (row.teamId && row.teamId === selectedTeamId ? 'ant-table-row-selected' : '')}
      onRow={(row) =>
        ({
          ...(row.teamId ? clickableRow(() => onSelect(row.teamId === selectedTeamId ? null : (row.teamId ?? null)), row.teamId === selectedTeamId) : {}),
          'data-testid': 'payroll-team-row',
          'data-team-id': row.teamId ?? '',
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
