import type { ApolloError } from '@apollo/client';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown above data that arrived together with GraphQL errors (errorPolicy 'all'). */
export function PartialDataAlert({ error }: { error: ApolloError | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return <Alert type="warning" showIcon closable message={t('common.partialError')} style={{ marginBottom: 16 }} />;
}
