import { CloseOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Button, Flex, Segmented, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { CONTRACT_STATUSES, CONTRACT_TYPES, EXPIRING_WITHIN_DAYS } from './contractLogic';
import type { ContractListState, ContractView } from './listState';
import { CONTRACT_VIEWS } from './listState';
import { ContractFilterOptionsQuery } from './queries';

export function ContractListFilters({
  state,
  employeeName,
  onChange,
  onReset,
}: {
  state: ContractListState;
  /** the name of the employee the list is narrowed to, when known */
  employeeName: string | null;
  onChange: (change: Partial<ContractListState>) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const withTeams = can(Permission.orgRead);
  const { data, loading } = useQuery(ContractFilterOptionsQuery, { skip: !withTeams });
  const teams = data?.teams?.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [];

  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }} data-testid="contract-filters">
      <Segmented<ContractView>
        value={state.view}
        options={CONTRACT_VIEWS.map((view) => ({
          value: view,
          label: <span data-testid={`contract-view-${view}`}>{t(`contracts.views.${view}`, { days: EXPIRING_WITHIN_DAYS })}</span>,
        }))}
        onChange={(view) => onChange({ view })}
        style={{ alignSelf: 'flex-start' }}
        data-testid="contract-view"
      />
      <Flex wrap gap={12} align="center">
        {state.view === 'all' ? (
          <Select
            style={{ width: 240 }}
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            placeholder={t('contracts.filters.status')}
            value={state.status}
            options={CONTRACT_STATUSES.map((status) => ({ value: status, label: t(`enums.contractStatus.${status}`) }))}
            onChange={(value) => onChange({ status: value })}
            data-testid="contract-filter-status"
          />
        ) : null}
        <Select
          style={{ width: 240 }}
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={t('contracts.filters.type')}
          value={state.type}
          options={CONTRACT_TYPES.map((type) => ({ value: type, label: t(`enums.contractType.${type}`) }))}
          onChange={(value) => onChange({ type: value })}
          data-testid="contract-filter-type"
        />
        {withTeams ? (
          <Select
            style={{ width: 190 }}
            allowClear
            showSearch
            optionFilterProp="label"
            loading={loading}
            placeholder={t('contracts.filters.team')}
            value={state.teamId ?? undefined}
            options={teams}
            onChange={(value: string | undefined) => onChange({ teamId: value ?? null })}
            data-testid="contract-filter-team"
          />
        ) : null}
        {state.employeeId ? (
          <Tag
            closable
            closeIcon={<CloseOutlined />}
            onClose={(event) => {
              event.preventDefault();
              onChange({ employeeId: null });
            }}
            style={{ paddingBlock: 4 }}
            data-testid="contract-filter-employee"
          >
            {employeeName ? t('contracts.filters.employee', { name: employeeName }) : t('contracts.filters.oneEmployee')}
          </Tag>
        ) : null}
        <Button icon={<ReloadOutlined />} onClick={onReset} title={t('common.reset')} aria-label={t('common.reset')} />
      </Flex>
    </Flex>
  );
}
