import {
  AccountBookOutlined,
  ApiOutlined,
  ApartmentOutlined,
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  RobotOutlined,
  BookOutlined,
  CalendarOutlined,
  CalculatorOutlined,
  ClusterOutlined,
  SafetyCertificateOutlined,
  DashboardOutlined,
  FileProtectOutlined,
  FundOutlined,
  LineChartOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  ReadOutlined,
  ScheduleOutlined,
  SendOutlined,
  SignatureOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import { useMutation } from '@apollo/client';
import { Avatar, Button, Dropdown, Flex, Grid, Layout, Menu, Spin, Tag, Typography, theme } from 'antd';
import type { MenuProps } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { ViewerLogoutMutation } from '@/features/accounts/mutations';
import { AlertBell } from '@/features/alerts/AlertBell';
import { AlertFeedProvider } from '@/features/alerts/AlertFeed';
import { clearTokens, readTokens } from './auth';
import { Permission, WEBHOOK_MANAGERS } from './permissions';
import { useViewer } from './viewer';
import { roleLabel } from './roles';

const { Header, Sider, Content, Footer } = Layout;

type MenuItem = Required<MenuProps>['items'][number];

function selectedKey(pathname: string): string {
  if (pathname === '/me/contracts') return 'myContracts';
  if (pathname === '/me/payslips') return 'myPayslips';
  if (pathname === '/me/reviews') return 'myReviews';
  if (pathname === '/me/training') return 'myTraining';
  if (pathname === '/me/leave') return 'myLeave';
  if (pathname.startsWith('/analytics/workforce')) return 'workforce';
  const first = pathname.split('/')[1] ?? '';
  return first === '' ? 'home' : first;
}

export function ConsoleLayout() {
  const { t } = useTranslation();
  const { viewer, can } = useViewer();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const [logout] = useMutation(ViewerLogoutMutation);
  const { token } = theme.useToken();
  // A phone (below md): the menu folds away entirely and opens over the page.
  const phone = Grid.useBreakpoint().md === false;

  const items: MenuItem[] = [
    { key: 'home', icon: <DashboardOutlined />, label: <Link to="/">{t('menu.home')}</Link> },
    // Someone who sees only themselves has their record under "My profile" and contracts under "My contracts": no lists of one.
    can(Permission.employeesRead) && viewer.rowScope !== 'self'
      ? { key: 'employees', icon: <TeamOutlined />, label: <Link to="/employees">{t('menu.employees')}</Link> }
      : null,
    can(Permission.orgRead)
      ? { key: 'org', icon: <ApartmentOutlined />, label: <Link to="/org">{t('menu.org')}</Link> }
      : null,
    can(Permission.trafficRead)
      ? { key: 'traffic', icon: <LineChartOutlined />, label: <Link to="/traffic">{t('menu.traffic')}</Link> }
      : null,
    can(Permission.contractsRead) && viewer.rowScope !== 'self'
      ? { key: 'contracts', icon: <FileProtectOutlined />, label: <Link to="/contracts">{t('menu.contracts')}</Link> }
      : null,
    can(Permission.contractsRead) && viewer.employee
      ? { key: 'myContracts', icon: <SignatureOutlined />, label: <Link to="/me/contracts">{t('menu.myContracts')}</Link> }
      : null,
    // HR runs the cycles; a rater without that (a lead) goes straight to their team's open reviews.
    can(Permission.performanceWrite) || can(Permission.performanceRate)
      ? {
          key: 'performance',
          icon: <TrophyOutlined />,
          label: <Link to={can(Permission.performanceWrite) ? '/performance' : '/performance/team'}>{t('menu.performance')}</Link>,
        }
      : null,
    can(Permission.performanceRead) && viewer.employee
      ? { key: 'myReviews', icon: <StarOutlined />, label: <Link to="/me/reviews">{t('menu.myReviews')}</Link> }
      : null,
    // Both lists are scoped by the server: a lead sees their teams', an employee only their own (under "My ...").
    can(Permission.trainingRead) && viewer.rowScope !== 'self'
      ? { key: 'training', icon: <ReadOutlined />, label: <Link to="/training">{t('menu.training')}</Link> }
      : null,
    can(Permission.trainingRead) && viewer.employee
      ? { key: 'myTraining', icon: <BookOutlined />, label: <Link to="/me/training">{t('menu.myTraining')}</Link> }
      : null,
    can(Permission.attendanceRead) && viewer.rowScope !== 'self'
      ? { key: 'attendance', icon: <ScheduleOutlined />, label: <Link to="/attendance">{t('menu.attendance')}</Link> }
      : null,
    can(Permission.attendanceRead) && viewer.employee
      ? { key: 'myLeave', icon: <CalendarOutlined />, label: <Link to="/me/leave">{t('menu.myLeave')}</Link> }
      : null,
    can(Permission.analyticsReadRisk)
      ? { key: 'analytics', icon: <BarChartOutlined />, label: <Link to="/analytics/risk">{t('menu.analytics')}</Link> }
      : null,
    can(Permission.employeesRead) && (viewer.rowScope === 'all' || viewer.rowScope === 'team')
      ? { key: 'workforce', icon: <BarChartOutlined />, label: <Link to="/analytics/workforce">{t('menu.workforce')}</Link> }
      : null,
    can(Permission.automationManage)
      ? { key: 'automation', icon: <RobotOutlined />, label: <Link to="/automation">{t('menu.automation')}</Link> }
      : null,
    can(Permission.payrollRead)
      ? { key: 'payroll', icon: <AccountBookOutlined />, label: <Link to="/payroll">{t('menu.payroll')}</Link> }
      : null,
    can(Permission.efficiencyWrite)
      ? { key: 'financial-figures', icon: <FundOutlined />, label: <Link to="/finance/figures">{t('menu.financialFigures')}</Link> }
      : null,
    can(Permission.compensationRead)
      ? { key: 'commission-plans', icon: <CalculatorOutlined />, label: <Link to="/commission-plans">{t('menu.commissionPlans')}</Link> }
      : null,
    can(Permission.selfReadPay) && viewer.employee
      ? { key: 'myPayslips', icon: <WalletOutlined />, label: <Link to="/me/payslips">{t('menu.myPayslips')}</Link> }
      : null,
    can(Permission.alertsRead)
      ? { key: 'alerts', icon: <AlertOutlined />, label: <Link to="/alerts">{t('menu.alerts')}</Link> }
      : null,
    can(Permission.auditRead)
      ? { key: 'audit', icon: <AuditOutlined />, label: <Link to="/audit">{t('menu.audit')}</Link> }
      : null,
    can(Permission.accountsManage)
      ? { key: 'users', icon: <SafetyCertificateOutlined />, label: <Link to="/users">{t('menu.users')}</Link> }
      : null,
    can(Permission.accountsManage)
      ? { key: 'partners', icon: <ClusterOutlined />, label: <Link to="/partners">{t('menu.partners')}</Link> }
      : null,
    WEBHOOK_MANAGERS.some(can)
      ? { key: 'webhooks', icon: <SendOutlined />, label: <Link to="/webhooks">{t('menu.webhooks')}</Link> }
      : null,
    // A page of its own (served by the backend), so a full navigation rather than a route.
    { key: 'graphiql', icon: <ApiOutlined />, label: <a href="/graphiql">{t('menu.graphiql')}</a> },
  ].filter((item) => item !== null);

  const signOut = async () => {
    const refreshToken = readTokens()?.refreshToken;
    try {
      if (refreshToken) await logout({ variables: { refreshToken } });
    } finally {
      clearTokens('logout');
    }
  };

  const userMenu: MenuProps['items'] = [
    {
      key: 'email',
      disabled: true,
      label: (
        <div style={{ maxWidth: 260 }}>
          <Typography.Text strong>{viewer.email}</Typography.Text>
          <div style={{ marginTop: 4 }}>
            {viewer.roles.map((role) => (
              <Tag key={role} color="blue" style={{ marginTop: 2 }}>
                {roleLabel(t, role)}
              </Tag>
            ))}
          </div>
        </div>
      ),
    },
    { type: 'divider' },
    ...(viewer.employee
      ? [{ key: 'profile', icon: <UserOutlined />, label: t('header.myProfile'), onClick: () => navigate(`/employees/${viewer.employee?.id ?? ''}`) }]
      : []),
    { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('header.logout')}</span>, onClick: () => void signOut() },
  ];

  return (
    <AlertFeedProvider enabled={can(Permission.alertsRead)}>
      <Layout style={{ minHeight: '100vh' }}>
        <Sider
          width={220}
          collapsible
          collapsed={collapsed}
          collapsedWidth={phone ? 0 : 80}
          trigger={null}
          breakpoint="lg"
          onBreakpoint={(broken) => setCollapsed(broken)}
          style={{ position: phone ? 'fixed' : 'sticky', top: 0, left: 0, height: '100vh', overflow: 'auto', zIndex: phone ? 100 : undefined }}
        >
          <Link to="/" className="console-logo" aria-label={t('app.title')}>
            <span className="console-logo-mark">hr</span>
            {!collapsed && <span className="console-logo-text">{t('app.name')}</span>}
          </Link>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[selectedKey(location.pathname)]}
            items={items}
            onClick={() => phone && setCollapsed(true)}
            data-testid="side-menu"
          />
        </Sider>
        {phone && !collapsed ? <div className="console-menu-mask" onClick={() => setCollapsed(true)} aria-hidden="true" /> : null}
        <Layout>
          <Header
            style={{
              padding: '0 16px 0 0',
              background: token.colorBgContainer,
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
              position: 'sticky',
              top: 0,
              zIndex: 10,
            }}
          >
            <Flex justify="space-between" align="center" style={{ height: '100%' }}>
              <Button
                type="text"
                icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                onClick={() => setCollapsed(!collapsed)}
                aria-label={collapsed ? t('header.expand') : t('header.collapse')}
                style={{ width: 64, height: 64 }}
              />
              <Flex align="center" gap={8}>
                <AlertBell />
                <LanguageSwitch />
                <Dropdown menu={{ items: userMenu }} trigger={['click']} placement="bottomRight">
                  <Button type="text" data-testid="user-menu" style={{ height: 48 }}>
                    <Flex align="center" gap={8}>
                      <Avatar size="small" style={{ background: token.colorPrimary }} icon={<UserOutlined />} />
                      <span data-testid="viewer-email" style={phone ? { display: 'none' } : undefined}>
                        {viewer.email}
                      </span>
                    </Flex>
                  </Button>
                </Dropdown>
              </Flex>
            </Flex>
          </Header>
          <Content style={{ margin: phone ? '12px 8px' : 24 }}>
            <Suspense
              fallback={
                <Flex justify="center" style={{ padding: 96 }}>
                  <Spin size="large" />
                </Flex>
              }
            >
              <Outlet />
            </Suspense>
          </Content>
          <Footer style={{ textAlign: 'center', color: token.colorTextTertiary, padding: '12px 24px 20px' }}>{t('app.footer')}</Footer>
        </Layout>
      </Layout>
    </AlertFeedProvider>
  );
}
