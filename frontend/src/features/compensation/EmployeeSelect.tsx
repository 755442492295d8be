import { useQuery } from '@apollo/client';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CompensationEmployeeOptionsQuery } from './queries';

/** An employee picked by searching a name or employee number (optionally hosts only). */
export function EmployeeSelect({
  value,
  onChange,
  hostsOnly = false,
  testId,
  style,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  hostsOnly?: boolean;
  testId?: string;
  style?: React.CSSProperties;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(CompensationEmployeeOptionsQuery, { variables: { search: search || null, isHost: hostsOnly ? true : null } });
  return (
    <Select
      showSearch
      allowClear
      filterOption={false}
      value={value ?? null}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      onSearch={setSearch}
      loading={loading}
      placeholder={t('employees.searchPlaceholder')}
      style={style}
      options={data?.employees?.edges.map(({ node }) => ({
        value: node.id,
        label: [node.name, node.employeeNo, node.team?.name].filter(Boolean).join(' · '),
      }))}
      data-testid={testId}
    />
  );
}
