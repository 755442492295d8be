import {
  AccountBookOutlined,
  AlertOutlined,
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  CalculatorOutlined,
  ClusterOutlined,
  FileProtectOutlined,
  IdcardOutlined,
  LineChartOutlined,
  SendOutlined,
  SignatureOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Avatar, Button, Card, Col, Empty, Flex, Row, Space, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Permission, WEBHOOK_MANAGERS } from '@/app/permissions';
import { roleLabel } from '@/app/roles';
import { useViewer } from '@/app/viewer';
import { HOME_GUTTER, HomeDashboard } from '@/features/home/HomeDashboard';
import { ViewerDashboardQuery } from './queries';

function StatCard({ title, value, icon, loading, to }: { title: string; value: number | undefined; icon: ReactNode; loading: boolean; to: string }) {
  return (
    <Link to={to}>
      <Card className="stat-card" hoverable loading={loading && value === undefined}>
        <Flex justify="space-between" align="center">
          <Statistic title={title} value={value ?? 0} />
          <Avatar size={48} icon={icon} style={{ background: '#e6f4ff', color: '#1677ff' }} />
        </Flex>
      </Card>
    </Link>
  );
}

interface Shortcut {
  key: string;
  href: string;
  /** a page outside the SPA (full navigation) */
  external?: boolean;
  icon: ReactNode;
  title: string;
  hint: string;
}

function ShortcutCard({ item }: { item: Shortcut }) {
  const body = (
    <Card size="small" hoverable>
      <Flex gap={12} align="center">
        <Avatar shape="square" size={40} icon={item.icon} style={{ background: '#f0f5ff', color: '#2f54eb', flex: 'none' }} />
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong>{item.title}</Typography.Text>
          <Typography.Paragraph type="secondary" ellipsis style={{ margin: 0 }}>
            {item.hint}
          </Typography.Paragraph>
        </div>
      </Flex>
    </Card>
  );
  return item.external ? <a href={item.href}>{body}</a> : <Link to={item.href}>{body}</Link>;
}

export default function ViewerHomePage() {
  const { t } = useTranslation();
  const { viewer, can } = useViewer();
  const withEmployees = can(Permission.employeesRead);
  const withOrg = can(Permission.orgRead);
  const { data, loading } = useQuery(ViewerDashboardQuery, {
    variables: { withEmployees, withOrg },
    skip: !withEmployees && !withOrg,
  });
  const name = viewer.employee?.name ?? viewer.email;

  const shortcuts: Shortcut[] = [];
  if (withEmployees) {
    shortcuts.push({ key: 'employees', href: '/employees', icon: <TeamOutlined />, title: t('menu.employees'), hint: t('home.hints.employees') });
  }
  if (withOrg) {
    shortcuts.push({ key: 'org', href: '/org', icon: <ApartmentOutlined />, title: t('menu.org'), hint: t('home.hints.org') });
  }
  if (can(Permission.trafficRead)) {
    shortcuts.push({ key: 'traffic', href: '/traffic', icon: <LineChartOutlined />, title: t('menu.traffic'), hint: t('home.hints.traffic') });
  }
  if (can(Permission.contractsRead) && viewer.employee) {
    shortcuts.push({ key: 'myContracts', href: '/me/contracts', icon: <SignatureOutlined />, title: t('menu.myContracts'), hint: t('home.hints.myContracts') });
  }
  if (can(Permission.contractsRead)) {
    shortcuts.push({ key: 'contracts', href: '/contracts', icon: <FileProtectOutlined />, title: t('menu.contracts'), hint: t('home.hints.contracts') });
  }
  if (can(Permission.selfReadPay) && viewer.employee) {
    shortcuts.push({ key: 'myPayslips', href: '/me/payslips', icon: <WalletOutlined />, title: t('menu.myPayslips'), hint: t('home.hints.myPayslips') });
  }
  if (can(Permission.payrollRead)) {
    shortcuts.push({ key: 'payroll', href: '/payroll', icon: <AccountBookOutlined />, title: t('menu.payroll'), hint: t('home.hints.payroll') });
  }
  if (can(Permission.compensationRead)) {
    shortcuts.push({ key: 'commissionPlans', href: '/commission-plans', icon: <CalculatorOutlined />, title: t('menu.commissionPlans'), hint: t('home.hints.commissionPlans') });
  }
  if (can(Permission.performanceWrite) || can(Permission.performanceRate)) {
    const href = can(Permission.performanceWrite) ? '/performance' : '/performance/team';
    const hint = can(Permission.performanceWrite) ? t('performance.hints.cycles') : t('performance.hints.team');
    shortcuts.push({ key: 'performance', href, icon: <TrophyOutlined />, title: t('menu.performance'), hint });
  }
  if (can(Permission.performanceRead) && viewer.employee) {
    shortcuts.push({ key: 'myReviews', href: '/me/reviews', icon: <StarOutlined />, title: t('menu.myReviews'), hint: t('performance.hints.mine') });
  }
  if (can(Permission.alertsRead)) {
    shortcuts.push({ key: 'alerts', href: '/alerts', icon: <AlertOutlined />, title: t('menu.alerts'), hint: t('home.hints.alerts') });
  }
  if (can(Permission.auditRead)) {
    shortcuts.push({ key: 'audit', href: '/audit', icon: <AuditOutlined />, title: t('menu.audit'), hint: t('home.hints.audit') });
  }
  if (can(Permission.accountsManage)) {
    shortcuts.push({ key: 'partners', href: '/partners', icon: <ClusterOutlined />, title: t('menu.partners'), hint: t('home.hints.partners') });
  }
  if (WEBHOOK_MANAGERS.some(can)) {
    shortcuts.push({ key: 'webhooks', href: '/webhooks', icon: <SendOutlined />, title: t('menu.webhooks'), hint: t('home.hints.webhooks') });
  }
  shortcuts.push({ key: 'graphiql', href: '/graphiql', external: true, icon: <ApiOutlined />, title: t('menu.graphiql'), hint: t('home.hints.graphiql') });

  return (
    <div data-testid="home-page">
      <Card style={{ marginBottom: 24 }}>
        <Flex align="center" gap={20} wrap>
          <Avatar size={64} icon={<UserOutlined />} style={{ background: '#1677ff' }} />
          <div style={{ flex: 1, minWidth: 240 }}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('home.greeting', { name })}
            </Typography.Title>
            <Typography.Text type="secondary">{t('home.intro')}</Typography.Text>
            <div style={{ marginTop: 8 }}>
              {viewer.roles.map((role) => (
                <Tag key={role} color="geekblue">
                  {roleLabel(t, role)}
                </Tag>
              ))}
            </div>
          </div>
        </Flex>
      </Card>

      {withEmployees || withOrg ? (
        <Row gutter={HOME_GUTTER} style={{ marginBottom: 24 }}>
          {withEmployees ? (
            <>
              <Col xs={12} xl={6}>
                <StatCard to="/employees" title={t('home.stats.employees')} value={data?.employees?.totalCount} icon={<TeamOutlined />} loading={loading} />
              </Col>
              <Col xs={12} xl={6}>
                <StatCard
                  to="/employees?status=PROBATION,ACTIVE"
                  title={t('home.stats.activeEmployees')}
                  value={data?.activeEmployees?.totalCount}
                  icon={<IdcardOutlined />}
                  loading={loading}
                />
              </Col>
            </>
          ) : null}
          {withOrg ? (
            <>
              <Col xs={12} xl={6}>
                <StatCard to="/org" title={t('home.stats.departments')} value={data?.departments?.totalCount} icon={<ApartmentOutlined />} loading={loading} />
              </Col>
              <Col xs={12} xl={6}>
                <StatCard to="/org" title={t('home.stats.teams')} value={data?.teams?.totalCount} icon={<TeamOutlined />} loading={loading} />
              </Col>
            </>
          ) : null}
        </Row>
      ) : null}

      <HomeDashboard />

      <Row gutter={HOME_GUTTER}>
        <Col xs={24} lg={10}>
          <Card title={t('home.profile')} style={{ height: '100%' }}>
            {viewer.employee ? (
              <Flex justify="space-between" align="center" gap={16} wrap>
                <Space direction="vertical" size={2}>
                  <Typography.Text strong>{viewer.employee.name}</Typography.Text>
                  <Typography.Text type="secondary">{viewer.employee.employeeNo}</Typography.Text>
                  <Typography.Text type="secondary">{viewer.email}</Typography.Text>
                </Space>
                <Link to={`/employees/${viewer.employee.id}`}>
                  <Button type="primary" ghost>
                    {t('home.openProfile')}
                  </Button>
                </Link>
              </Flex>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noProfile')} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('home.shortcuts')} style={{ height: '100%' }}>
            <Row gutter={[12, 12]}>
              {shortcuts.map((item) => (
                <Col key={item.key} xs={24} md={12}>
                  <ShortcutCard item={item} />
                </Col>
              ))}
            </Row>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
