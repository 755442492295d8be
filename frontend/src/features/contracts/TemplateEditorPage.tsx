import { ArrowLeftOutlined, BookOutlined, EditOutlined, FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Space, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDateTime } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import type { ClauseFieldsFragment as Clause, ContractTemplateFieldsFragment as Template } from '@/graphql/generated/graphql';
import { ClauseForm } from './ClauseForm';
import { bodyParts } from './clauseText';
import { ClauseListQuery, ContractTemplateListQuery } from './queries';
import { TemplateForm } from './TemplateForm';

const TABS = ['templates', 'clauses'] as const;
type Tab = (typeof TABS)[number];

function isTab(value: string | null): value is Tab {
  return value !== null && (TABS as readonly string[]).includes(value);
}

/** A clause body with its `{{variables}}` set apart. */
export function ClauseBody({ body }: { body: string }) {
  return (
    <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
      {bodyParts(body).map((part, index) =>
        part.variable ? (
          <Typography.Text key={index} code>
            {part.text}
          </Typography.Text>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </Typography.Paragraph>
  );
}

/** `/contracts/templates` (`?tab=clauses`): the templates with their versions, and the clause library. */
export default function TemplateEditorPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { can } = useViewer();
  const { message } = App.useApp();
  const canWrite = can(Permission.contractsWrite);
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: Tab = isTab(tabParam) ? tabParam : 'templates';
  const templates = useQuery(ContractTemplateListQuery);
  const clauses = useQuery(ClauseListQuery);
  const [templateForm, setTemplateForm] = useState<{ template: Template | null } | null>(null);
  const [clauseForm, setClauseForm] = useState<{ clause: Clause | null } | null>(null);

  const templateRows = useMemo(() => templates.data?.contractTemplates?.edges.map((edge) => edge.node) ?? [], [templates.data]);
  const clauseRows = useMemo(() => clauses.data?.clauses?.edges.map((edge) => edge.node) ?? [], [clauses.data]);

  if (!templates.data && !clauses.data && (templates.error || clauses.error)) {
    return <LoadErrorPage message={(templates.error ?? clauses.error)?.message} onRetry={() => void Promise.all([templates.refetch(), clauses.refetch()])} />;
  }

  const templateColumns: TableColumnsType<Template> = [
    { key: 'name', title: t('contracts.templates.fields.name'), render: (_, row) => <Typography.Text strong data-testid="template-name-cell">{row.name}</Typography.Text> },
    { key: 'type', title: t('contracts.fields.type'), width: 140, render: (_, row) => t(`enums.contractType.${row.contractType}`) },
    {
      key: 'version',
      title: t('contracts.templates.fields.latestVersion'),
      width: 110,
      render: (_, row) => <Tag bordered={false} data-testid="template-version">v{row.latestVersion}</Tag>,
    },
    {
      key: 'clauses',
      title: t('contracts.templates.fields.clauses'),
      render: (_, row) => (
        <Space size={[4, 4]} wrap>
          {(row.versions[0]?.clauses ?? []).map((clause) => (
            <Tag key={clause.key} bordered={false} color="blue">
              {clause.title}
            </Tag>
          ))}
        </Space>
      ),
    },
  ];
  if (canWrite) {
    templateColumns.push({
      key: 'actions',
      title: t('contracts.templates.fields.actions'),
      width: 140,
      render: (_, row) => (
        <Button size="small" icon={<EditOutlined />} onClick={() => setTemplateForm({ template: row })} data-testid="template-revise">
          {t('contracts.templates.revise')}
        </Button>
      ),
    });
  }

  const clauseColumns: TableColumnsType<Clause> = [
    { key: 'key', title: t('contracts.clauses.fields.key'), width: 200, render: (_, row) => <Typography.Text code data-testid="clause-key-cell">{row.key}</Typography.Text> },
    { key: 'title', title: t('contracts.clauses.fields.title'), render: (_, row) => row.title },
    {
      key: 'variables',
      title: t('contracts.clauses.fields.variables'),
      render: (_, row) =>
        row.variables.length ? (
          <Space size={[4, 4]} wrap>
            {row.variables.map((variable) => (
              <Tag key={variable.name} bordered={false}>
                {variable.name}: {t(`contracts.variableTypes.${variable.type}`, { defaultValue: variable.type })}
                {variable.min !== null && variable.min !== undefined ? ` ≥ ${variable.min}` : ''}
                {variable.max !== null && variable.max !== undefined ? ` ≤ ${variable.max}` : ''}
              </Tag>
            ))}
          </Space>
        ) : (
          t('common.empty')
        ),
    },
    { key: 'updatedAt', title: t('contracts.clauses.fields.updatedAt'), width: 170, render: (_, row) => formatDateTime(row.updatedAt, language) },
  ];
  if (canWrite) {
    clauseColumns.push({
      key: 'actions',
      title: t('contracts.templates.fields.actions'),
      width: 110,
      render: (_, row) => (
        <Button size="small" icon={<EditOutlined />} onClick={() => setClauseForm({ clause: row })} data-testid="clause-edit">
          {t('common.edit')}
        </Button>
      ),
    });
  }

  return (
    <PageContainer
      title={t('contracts.templates.title')}
      subTitle={t('contracts.templates.subtitle')}
      testId="contract-templates-page"
      extra={
        <Link to="/contracts">
          <Button type="link" icon={<ArrowLeftOutlined />}>
            {t('contracts.detail.backToList')}
          </Button>
        </Link>
      }
    >
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'templates' ? new URLSearchParams() : new URLSearchParams({ tab: key }))}
          tabBarExtraContent={
            canWrite ? (
              tab === 'templates' ? (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setTemplateForm({ template: null })} data-testid="template-create">
                  {t('contracts.templates.create')}
                </Button>
              ) : (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setClauseForm({ clause: null })} data-testid="clause-create">
                  {t('contracts.clauses.create')}
                </Button>
              )
            ) : null
          }
          items={[
            {
              key: 'templates',
              label: (
                <Space>
                  <FileTextOutlined />
                  {t('contracts.templates.tab')}
                </Space>
              ),
              children: (
                <>
                  <PartialDataAlert error={templates.data ? templates.error : undefined} />
                  {templates.error && !templates.data ? (
                    <Alert
                      type="error"
                      showIcon
                      style={{ marginBottom: 16 }}
                      message={t('common.loadError')}
                      description={templates.error.message}
                      action={<Button onClick={() => void templates.refetch()}>{t('common.retry')}</Button>}
                    />
                  ) : null}
                  <Table<Template>
                    rowKey="id"
                    data-testid="template-table"
                    columns={templateColumns}
                    dataSource={templateRows}
                    loading={templates.loading && !templates.data}
                    pagination={false}
                    scroll={{ x: 860 }}
                    expandable={{
                      expandedRowRender: (row) => (
                        <Timeline
                          style={{ marginTop: 8 }}
                          items={row.versions.map((version) => ({
                            key: String(version.version),
                            children: (
                              <div data-testid="template-version-row" data-version={version.version}>
                                <Space size={8} wrap>
                                  <Typography.Text strong>v{version.version}</Typography.Text>
                                  <Typography.Text type="secondary">
                                    {formatDateTime(version.createdAt, language)} · {version.createdBy}
                                  </Typography.Text>
                                </Space>
                                <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                                  {version.clauses.map((clause) => (
                                    <li key={clause.key}>
                                      {clause.title} <Typography.Text type="secondary" code style={{ fontSize: 12 }}>{clause.key}</Typography.Text>
                                    </li>
                                  ))}
                                </ol>
                              </div>
                            ),
                          }))}
                        />
                      ),
                    }}
                  />
                </>
              ),
            },
            {
              key: 'clauses',
              label: (
                <Space>
                  <BookOutlined />
                  {t('contracts.clauses.tab')}
                </Space>
              ),
              children: (
                <>
                  <PartialDataAlert error={clauses.data ? clauses.error : undefined} />
                  {clauses.error && !clauses.data ? (
                    <Alert
                      type="error"
                      showIcon
                      style={{ marginBottom: 16 }}
                      message={t('common.loadError')}
                      description={clauses.error.message}
                      action={<Button onClick={() => void clauses.refetch()}>{t('common.retry')}</Button>}
                    />
                  ) : null}
                  <Table<Clause>
                    rowKey="id"
                    data-testid="clause-table"
                    columns={clauseColumns}
                    dataSource={clauseRows}
                    loading={clauses.loading && !clauses.data}
                    pagination={false}
                    scroll={{ x: 860 }}
                    expandable={{ expandedRowRender: (row) => <ClauseBody body={row.body} /> }}
                  />
                </>
              ),
            },
          ]}
        />
      </Card>
      {canWrite ? (
        <>
          <TemplateForm
            open={templateForm !== null}
            template={templateForm?.template ?? null}
            library={clauseRows}
            onClose={() => setTemplateForm(null)}
            onSaved={(template) => {
              setTemplateForm(null);
              message.success(t('contracts.templates.saved', { name: template.name, version: template.latestVersion }));
              void templates.refetch();
            }}
          />
          <ClauseForm
            open={clauseForm !== null}
            clause={clauseForm?.clause ?? null}
            onClose={() => setClauseForm(null)}
            onSaved={(clause) => {
              setClauseForm(null);
              message.success(t('contracts.clauses.saved', { key: clause.key }));
              void clauses.refetch();
            }}
          />
        </>
      ) : null}
    </PageContainer>
  );
}
