import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Button, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeListState } from './listState';
import { EMPLOYMENT_TYPES, STATUSES } from './listState';
import { EmployeeFilterOptionsQuery } from './queries';

type HostChoice = 'any' | 'true' | 'false';

export function EmployeeListFilters({
  state,
  onChange,
  onReset,
}: {
  state: EmployeeListState;
  onChange: (change: Partial<EmployeeListState>) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(state.search);
  const { data, loading } = useQuery(EmployeeFilterOptionsQuery, { variables: { departmentId: state.departmentId } });

  // The URL is the source of truth: follow it on back/forward and reset.
  useEffect(() => setSearch(state.search), [state.search]);

  const departments = data?.departments?.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [];
  const teams = data?.teams?.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [];
  const host: HostChoice = state.isHost === null ? 'any' : state.isHost ? 'true' : 'false';

  return (
    <Flex wrap gap={12} style={{ marginBottom: 16 }} data-testid="employee-filters">
      <Input.Search
        style={{ width: 300 }}
        allowClear
        value={search}
        placeholder={t('employees.searchPlaceholder')}
        enterButton={t('common.search')}
        onChange={(event) => {
          setSearch(event.target.value);
          if (event.target.value === '' && state.search !== '') onChange({ search: '' });
        }}
        onSearch={(value) => onChange({ search: value.trim() })}
        data-testid="employee-search"
      />
      <Select
        style={{ width: 190 }}
        allowClear
        showSearch
        optionFilterProp="label"
        loading={loading}
        placeholder={t('employees.filters.department')}
        value={state.departmentId ?? undefined}
        options={departments}
        onChange={(value: string | undefined) => onChange({ departmentId: value ?? null, teamId: null })}
        data-testid="filter-department"
      />
      <Select
        style={{ width: 170 }}
        allowClear
        showSearch
        optionFilterProp="label"
        loading={loading}
        placeholder={t('employees.filters.team')}
        value={state.teamId ?? undefined}
        options={teams}
        onChange={(value: string | undefined) => onChange({ teamId: value ?? null })}
        data-testid="filter-team"
      />
      <Select
        style={{ width: 220 }}
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('employees.filters.status')}
        value={state.status}
        options={STATUSES.map((status) => ({ value: status, label: t(`enums.status.${status}`) }))}
        onChange={(value) => onChange({ status: value })}
        data-testid="filter-status"
      />
      <Select
        style={{ width: 200 }}
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('employees.filters.employmentType')}
        value={state.employmentType}
        options={EMPLOYMENT_TYPES.map((type) => ({ value: type, label: t(`enums.employmentType.${type}`) }))}
        onChange={(value) => onChange({ employmentType: value })}
        data-testid="filter-employment-type"
      />
      <Select<HostChoice>
        style={{ width: 160 }}
        value={host}
        prefix={t('employees.filters.hostPrefix')}
        options={[
          { value: 'any', label: t('employees.filters.anyHost') },
          { value: 'true', label: t('employees.filters.hostOnly') },
          { value: 'false', label: t('employees.filters.nonHostOnly') },
        ]}
        onChange={(value) => onChange({ isHost: value === 'any' ? null : value === 'true' })}
        data-testid="filter-host"
      />
      <Button icon={<ReloadOutlined />} onClick={onReset} title={t('common.reset')} aria-label={t('common.reset')} />
    </Flex>
  );
}
