import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, DatePicker, Input, InputNumber, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import { formatDateTime } from '@/app/i18n/format';
import { mutationErrorText } from '@/components/mutationErrors';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import { FinancialFigureUpsertMutation, FinancialFiguresQuery } from './queries';

interface Row {
  departmentId: string;
  name: string;
  revenue: string | null;
  operatingCost: string | null;
  note: string;
  enteredBy: string | null;
  updatedAt: string | null;
}

type Draft = Pick<Row, 'revenue' | 'operatingCost' | 'note'>;

/**
 * `/finance/figures`: finance's revenue and non-people operating cost per department and month,
 * which the efficiency measures use instead of the traffic-derived revenue. One save per row;
 * the server's reason for a refusal shows on the row.
 */
export default function FinancialFiguresPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { message } = App.useApp();
  const [month, setMonth] = useState<Dayjs>(dayjs().subtract(1, 'month').startOf('month'));
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(FinancialFiguresQuery, { variables: { month: month.format('YYYY-MM-DD') } });
  const [upsert] = useMutation(FinancialFigureUpsertMutation);

  if (!data && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  // The departments' own figures (no team); team figures are entered over the API.
  const own = new Map((data?.financialFigures?.edges ?? []).map(({ node }) => node).filter((f) => !f.team).map((f) => [f.department?.id, f]));
  const rows: Row[] = (data?.departments?.edges ?? []).map(({ node }) => {
    const figure = own.get(node.id);
    return {
      departmentId: node.id,
      name: node.name,
      revenue: figure?.revenue ?? null,
      operatingCost: figure?.operatingCost ?? null,
      note: figure?.note ?? '',
      enteredBy: figure?.enteredBy ?? null,
      updatedAt: figure?.updatedAt ?? null,
    };
  });
  const draftOf = (row: Row): Draft => drafts[row.departmentId] ?? { revenue: row.revenue, operatingCost: row.operatingCost, note: row.note };
  const edit = (row: Row, change: Partial<Draft>) => setDrafts({ ...drafts, [row.departmentId]: { ...draftOf(row), ...change } });

  const save = async (row: Row) => {
    const draft = draftOf(row);
    setSaving(row.departmentId);
    setRefusals({ ...refusals, [row.departmentId]: '' });
    try {
      const { data: result, errors } = await upsert({
        variables: { input: { month: month.format('YYYY-MM-DD'), departmentId: row.departmentId, revenue: draft.revenue, operatingCost: draft.operatingCost, note: draft.note } },
      });
      const payload = result?.financialFigureUpsert;
      if (payload?.errors.length) setRefusals({ ...refusals, [row.departmentId]: payload.errors.map((e) => mutationErrorText(t, e)).join(' ') });
      else if (payload?.figure) {
        const { [row.departmentId]: _saved, ...rest } = drafts;
        setDrafts(rest);
        void message.success(t('finance.figures.saved', { department: row.name }));
        void refetch();
      } else setRefusals({ ...refusals, [row.departmentId]: errors?.[0]?.message ?? t('finance.figures.failed') });
    } finally {
      setSaving(null);
    }
  };

  const money = (row: Row, field: 'revenue' | 'operatingCost') => (
    <InputNumber<string>
      stringMode
      min="0"
      precision={2}
      value={draftOf(row)[field]}
      onChange={(value) => edit(row, { [field]: value ?? null })}
      style={{ width: 160 }}
      data-testid={`figure-${field}`}
    />
  );

  const columns: TableColumnsType<Row> = [
    { key: 'name', title: t('finance.figures.department'), render: (_, row) => <Typography.Text strong>{row.name}</Typography.Text> },
    { key: 'revenue', title: t('finance.figures.revenue'), render: (_, row) => money(row, 'revenue') },
    { key: 'operatingCost', title: t('finance.figures.operatingCost'), render: (_, row) => money(row, 'operatingCost') },
    { key: 'note', title: t('finance.figures.note'), render: (_, row) => <Input value={draftOf(row).note} onChange={(event) => edit(row, { note: event.target.value })} maxLength={500} data-testid="figure-note" /> },
    {
      key: 'entered',
      title: t('finance.figures.entered'),
      render: (_, row) =>
        row.updatedAt ? (
          <span className="muted" data-testid="figure-entered">
            {row.enteredBy} · {formatDateTime(row.updatedAt, language)}
          </span>
        ) : (
          <span className="muted">{t('finance.figures.fromTraffic')}</span>
        ),
    },
    {
      key: 'save',
      title: '',
      render: (_, row) => (
        <Space direction="vertical" size={4}>
          <Button size="small" icon={<SaveOutlined />} loading={saving === row.departmentId} disabled={!drafts[row.departmentId]} onClick={() => void save(row)} data-testid="figure-save">
            {t('finance.figures.save')}
          </Button>
          {refusals[row.departmentId] ? (
            <Typography.Text type="danger" data-testid="figure-error">
              {refusals[row.departmentId]}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer title={t('finance.figures.title')} subTitle={t('finance.figures.subtitle')} testId="financial-figures-page">
      <Card
        extra={
          <DatePicker
            picker="month"
            allowClear={false}
            value={month}
            onChange={(value) => {
              if (!value) return;
              setMonth(value.startOf('month'));
              setDrafts({});
              setRefusals({});
            }}
            data-testid="figure-month"
          />
        }
      >
        <Alert type="info" showIcon message={t('finance.figures.explain')} style={{ marginBottom: 16 }} />
        <PartialDataAlert error={data ? error : undefined} />
        <Table<Row> rowKey="departmentId" data-testid="figure-table" data-ready={String(Boolean(data) && !loading)} columns={columns} dataSource={rows} loading={loading && !data} pagination={false} scroll={{ x: 1000 }} />
      </Card>
    </PageContainer>
  );
}
