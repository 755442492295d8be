import { ArrowLeftOutlined, BankOutlined, EditOutlined, LogoutOutlined, SwapOutlined, FileProtectOutlined, IdcardOutlined, ApartmentOutlined, HistoryOutlined, LineChartOutlined, SolutionOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { App, Avatar, Button, Card, Col, Descriptions, Empty, Flex, Result, Row, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import type { EmployeeDetailsQuery as EmployeeDetailsResult, EmploymentEventKind } from '@/graphql/generated/graphql';
import { isLanguage } from '@/app/i18n';
import { formatDate, formatMoney } from '@/app/i18n/format';
import { employeeContractsLink } from '@/features/contracts/listState';
import { EmployeeForm } from './EmployeeForm';
import { EmployeeStatusTag } from './EmployeeStatusTag';
import { EmployeeTerminateForm } from './EmployeeTerminateForm';
import { EmployeeTransferForm } from './EmployeeTransferForm';
import { EmployeeDetailsQuery } from './queries';

type Employee = NonNullable<EmployeeDetailsResult['employee']>;
type EmploymentEvent = Employee['history'][number];

const EVENT_COLORS: Record<EmploymentEventKind, string> = {
  HIRED: 'green',
  TRANSFERRED: 'blue',
  PROMOTED: 'purple',
  SALARY_CHANGED: 'cyan',
  LEFT: 'gray',
};

/** Events a viewer may see: pay changes are compensation data. */
export function visibleHistory(history: readonly EmploymentEvent[], withCompensation: boolean): EmploymentEvent[] {
  return history
    .filter((event) => withCompensation || event.kind !== 'SALARY_CHANGED')
    .slice()
    .sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));
}

function SectionTitle({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Space>
      {icon}
      {children}
    </Space>
  );
}

export default function EmployeeDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { viewer, can } = useViewer();
  const isSelf = viewer.employee?.id === id;
  const withPii = can(Permission.employeesReadPii) || (isSelf && can(Permission.selfReadPii));
  // Pay is shown with compensation.read only, even on one's own record (self.read_pay is not used here).
  const withCompensation = can(Permission.compensationRead);
  const { data, loading, error, refetch } = useQuery(EmployeeDetailsQuery, { variables: { id, withPii, withCompensation } });
  const { message } = App.useApp();
  const [editing, setEditing] = useState<'edit' | 'transfer' | 'terminate' | null>(null);
  const finish = (done: string) => {
    setEditing(null);
    void message.success(done);
    void refetch();
  };
  const employee = data?.employee;
  const empty = t('common.empty');
  const date = (value: string | null | undefined) => (value ? formatDate(value, language) : empty);

  if (!employee) {
    if (loading) return <Card><Skeleton active avatar paragraph={{ rows: 8 }} /></Card>;
    if (error?.networkError) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;
    return (
      <Result
        status="404"
        title={t('employees.detail.notFound')}
        extra={
          <Link to="/employees">
            <Button type="primary">{t('employees.detail.backToList')}</Button>
          </Link>
        }
      />
    );
  }

  const identity: DescriptionsProps['items'] = [
    { key: 'employeeNo', label: t('employees.fields.employeeNo'), children: <Typography.Text code>{employee.employeeNo}</Typography.Text> },
    { key: 'name', label: t('employees.fields.name'), children: employee.name },
    { key: 'gender', label: t('employees.fields.gender'), children: employee.gender ? t(`enums.gender.${employee.gender}`) : empty },
    { key: 'phone', label: t('employees.fields.phone'), children: employee.phone ?? empty },
    { key: 'email', label: t('employees.fields.email'), children: employee.email ?? empty },
  ];
  if (withPii) {
    identity.push(
      { key: 'birthDate', label: t('employees.fields.birthDate'), children: date(employee.birthDate) },
      { key: 'idNumber', label: t('employees.fields.idNumber'), children: employee.idNumber ?? empty },
    );
  }

  const organisation: DescriptionsProps['items'] = [
    { key: 'department', label: t('employees.fields.department'), children: employee.department?.name ?? empty },
    { key: 'team', label: t('employees.fields.team'), children: employee.team?.name ?? empty },
    {
      key: 'position',
      label: t('employees.fields.position'),
      children: employee.position ? `${employee.position.title}${employee.position.level ? ` · ${employee.position.level}` : ''}` : empty,
    },
    {
      key: 'manager',
      label: t('employees.fields.manager'),
      children: employee.manager ? <Link to={`/employees/${employee.manager.id}`}>{employee.manager.name}</Link> : empty,
    },
  ];

  const employment: DescriptionsProps['items'] = [
    { key: 'employmentType', label: t('employees.fields.employmentType'), children: t(`enums.employmentType.${employee.employmentType}`) },
    { key: 'status', label: t('employees.fields.status'), children: <EmployeeStatusTag status={employee.status} /> },
    { key: 'hiredOn', label: t('employees.fields.hiredOn'), children: date(employee.hiredOn) },
    { key: 'leftOn', label: t('employees.fields.leftOn'), children: date(employee.leftOn) },
    { key: 'isHost', label: t('employees.fields.isHost'), children: employee.isHost ? t('common.yes') : t('common.no') },
  ];

  const history = visibleHistory(employee.history, withCompensation);

  return (
    <div data-testid="employee-detail-page">
      <Link to="/employees">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }}>
          {t('employees.detail.backToList')}
        </Button>
      </Link>
      <Card style={{ marginBottom: 24 }}>
        <Flex align="center" gap={20} wrap>
          <Avatar size={64} style={{ background: '#1677ff', fontSize: 26 }}>
            {employee.name.slice(0, 1)}
          </Avatar>
          <div style={{ flex: 1 }}>
            <Space align="center" wrap>
              <Typography.Title level={3} style={{ margin: 0 }} data-testid="employee-name">
                {employee.name}
              </Typography.Title>
              <EmployeeStatusTag status={employee.status} />
              {employee.isHost ? (
                <Tag color="magenta" bordered={false}>
                  {t('employees.hostBadge')}
                </Tag>
              ) : null}
              {isSelf ? <Tag color="blue">{t('employees.detail.self')}</Tag> : null}
            </Space>
            <div>
              <Typography.Text type="secondary">
                {employee.employeeNo}
                {employee.department ? ` · ${employee.department.name}` : ''}
                {employee.team ? ` · ${employee.team.name}` : ''}
                {employee.position ? ` · ${employee.position.title}` : ''}
              </Typography.Text>
            </div>
          </div>
          <Space wrap>
            {can(Permission.contractsRead) ? (
              <Link to={employeeContractsLink(employee.id)} data-testid="employee-contracts-link">
                <Button icon={<FileProtectOutlined />}>{t('contracts.openFromEmployee')}</Button>
              </Link>
            ) : null}
            {employee.isHost && can(Permission.trafficRead) ? (
              <Link to={`/traffic/hosts/${encodeURIComponent(employee.id)}`} data-testid="employee-traffic-link">
                <Button icon={<LineChartOutlined />}>{t('traffic.openFromEmployee')}</Button>
              </Link>
            ) : null}
            <Link to={`/employees/${encodeURIComponent(employee.id)}/profile`} data-testid="employee-profile-link">
              <Button icon={<SolutionOutlined />}>{t('profile.open')}</Button>
            </Link>
            {/* A record of someone who left is read-only. */}
            {can(Permission.employeesWrite) && employee.status !== 'LEFT' ? (
              <>
                <Button icon={<EditOutlined />} onClick={() => setEditing('edit')} data-testid="employee-edit">
                  {t('employees.actions.edit')}
                </Button>
                <Button icon={<SwapOutlined />} onClick={() => setEditing('transfer')} data-testid="employee-transfer">
                  {t('employees.actions.transfer')}
                </Button>
                <Button danger icon={<LogoutOutlined />} onClick={() => setEditing('terminate')} data-testid="employee-terminate">
                  {t('employees.actions.terminate')}
                </Button>
              </>
            ) : null}
          </Space>
        </Flex>
      </Card>

      <PartialDataAlert error={error} />
      <EmployeeForm open={editing === 'edit'} employee={employee} onClose={() => setEditing(null)} onDone={() => finish(t('employees.form.saved'))} />
      <EmployeeTransferForm open={editing === 'transfer'} employee={employee} onClose={() => setEditing(null)} onDone={() => finish(t('employees.transfer.done'))} />
      <EmployeeTerminateForm open={editing === 'terminate'} employee={employee} onClose={() => setEditing(null)} onDone={() => finish(t('employees.terminate.done'))} />

      <Row gutter={[24, 24]}>
        <Col xs={24} xl={16}>
          <Space direction="vertical" size={24} style={{ width: '100%' }}>
            <Card title={<SectionTitle icon={<IdcardOutlined />}>{t('employees.detail.identity')}</SectionTitle>}>
              <Descriptions column={{ xs: 1, sm: 2 }} items={identity} data-testid="employee-identity" />
            </Card>
            <Card title={<SectionTitle icon={<ApartmentOutlined />}>{t('employees.detail.organisation')}</SectionTitle>}>
              <Descriptions column={{ xs: 1, sm: 2 }} items={organisation} />
            </Card>
            <Card title={<SectionTitle icon={<SolutionOutlined />}>{t('employees.detail.employment')}</SectionTitle>}>
              <Descriptions column={{ xs: 1, sm: 2 }} items={employment} />
            </Card>
            {/* Not rendered at all without compensation.read: no label, no placeholder. */}
            {withCompensation ? (
              <Card title={<SectionTitle icon={<BankOutlined />}>{t('employees.detail.compensation')}</SectionTitle>} data-testid="employee-compensation">
                <Descriptions
                  column={{ xs: 1, sm: 2 }}
                  items={[
                    {
                      key: 'baseSalary',
                      label: t('employees.fields.baseSalary'),
                      children: employee.baseSalary ? formatMoney(employee.baseSalary) : empty,
                    },
                    { key: 'bankAccount', label: t('employees.fields.bankAccount'), children: employee.bankAccount ?? empty },
                  ]}
                />
              </Card>
            ) : null}
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={<SectionTitle icon={<HistoryOutlined />}>{t('employees.detail.history')}</SectionTitle>} data-testid="employee-history">
            {history.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('employees.detail.noHistory')} />
            ) : (
              <Timeline
                style={{ marginTop: 8 }}
                items={history.map((event) => ({
                  key: event.id,
                  color: EVENT_COLORS[event.kind],
                  children: (
                    <div>
                      <Space size={8} wrap>
                        <Typography.Text strong>{t(`enums.eventKind.${event.kind}`)}</Typography.Text>
                        <Typography.Text type="secondary">{date(event.occurredOn)}</Typography.Text>
                      </Space>
                      <div className="muted">
                        {[event.department?.name, event.team?.name, event.position?.title].filter(Boolean).join(' · ')}
                      </div>
                      {event.kind === 'LEFT' && (event.reasonCategory || event.voluntary !== null) ? (
                        <div className="muted">
                          {event.voluntary !== null && event.voluntary !== undefined
                            ? event.voluntary
                              ? t('employees.history.voluntary')
                              : t('employees.history.involuntary')
                            : null}
                          {event.reasonCategory ? ` · ${t('employees.history.reason')}: ${t(`enums.exitReason.${event.reasonCategory}`)}` : null}
                        </div>
                      ) : null}
                      {withCompensation && event.kind === 'SALARY_CHANGED' && (event.salaryBefore || event.salaryAfter) ? (
                        <div>
                          {t('employees.history.salaryChange', {
                            before: event.salaryBefore ? formatMoney(event.salaryBefore) : empty,
                            after: event.salaryAfter ? formatMoney(event.salaryAfter) : empty,
                          })}
                        </div>
                      ) : null}
                      {event.note ? <Typography.Paragraph style={{ margin: 0 }}>{event.note}</Typography.Paragraph> : null}
                    </div>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
