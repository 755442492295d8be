import { ApolloProvider } from '@apollo/client';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { RequirePermission } from '@/components/RequirePermission';
import { NotFoundPage } from '@/components/StatusPage';
import { isLanguage } from '@/app/i18n';
import { createApolloClient } from './apollo';
import { Permission, WEBHOOK_MANAGERS } from './permissions';
import { ROUTER_FUTURE } from './routerFuture';
import { FullPageSpin, RequireSession, SessionWatcher } from './session';

const LoginPage = lazy(() => import('@/features/accounts/LoginPage'));
const ViewerHomePage = lazy(() => import('@/features/accounts/ViewerHomePage'));
const EmployeeListPage = lazy(() => import('@/features/employees/EmployeeListPage'));
const EmployeeDetailPage = lazy(() => import('@/features/employees/EmployeeDetailPage'));
const OrgOverviewPage = lazy(() => import('@/features/org/OrgOverviewPage'));
const AuditEventListPage = lazy(() => import('@/features/audit/AuditEventListPage'));
const AlertListPage = lazy(() => import('@/features/alerts/AlertListPage'));
const WebhookListPage = lazy(() => import('@/features/alerts/WebhookListPage'));
const PartnerClientListPage = lazy(() => import('@/features/accounts/PartnerClientListPage'));
const AccountAdminPage = lazy(() => import('@/features/accounts/AccountAdminPage'));
const FinancialFiguresPage = lazy(() => import('@/features/finance/FinancialFiguresPage'));
const TrafficOverviewPage = lazy(() => import('@/features/traffic/TrafficOverviewPage'));
const TeamTrafficPage = lazy(() => import('@/features/traffic/TeamTrafficPage'));
const HostTrafficPage = lazy(() => import('@/features/traffic/HostTrafficPage'));
const ContractListPage = lazy(() => import('@/features/contracts/ContractListPage'));
const ContractDetailPage = lazy(() => import('@/features/contracts/ContractDetailPage'));
const ContractSignPage = lazy(() => import('@/features/contracts/ContractSignPage'));
const MyContractsPage = lazy(() => import('@/features/contracts/MyContractsPage'));
const TemplateEditorPage = lazy(() => import('@/features/contracts/TemplateEditorPage'));
const PayrollRunListPage = lazy(() => import('@/features/compensation/PayrollRunListPage'));
const PayrollRunDetailPage = lazy(() => import('@/features/compensation/PayrollRunDetailPage'));
const CommissionPlanListPage = lazy(() => import('@/features/compensation/CommissionPlanListPage'));
const CommissionPlanEditorPage = lazy(() => import('@/features/compensation/CommissionPlanEditorPage'));
const MyPayslipsPage = lazy(() => import('@/features/compensation/MyPayslipsPage'));
const ReviewCycleListPage = lazy(() => import('@/features/performance/ReviewCycleListPage'));
const ReviewCycleDetailPage = lazy(() => import('@/features/performance/ReviewCycleDetailPage'));
const KpiTemplateEditorPage = lazy(() => import('@/features/performance/KpiTemplateEditorPage'));
const TeamReviewsPage = lazy(() => import('@/features/performance/TeamReviewsPage'));
const ReviewDetailPage = lazy(() => import('@/features/performance/ReviewDetailPage'));
const MyReviewsPage = lazy(() => import('@/features/performance/MyReviewsPage'));
const AttritionRiskListPage = lazy(() => import('@/features/analytics/AttritionRiskListPage'));
const WorkforceDashboardPage = lazy(() => import('@/features/analytics/WorkforceDashboardPage'));
const EmployeeProfilePage = lazy(() => import('@/features/analytics/EmployeeProfilePage'));
const AutomationRuleListPage = lazy(() => import('@/features/automation/AutomationRuleListPage'));
const AutomationRuleDetailPage = lazy(() => import('@/features/automation/AutomationRuleDetailPage'));
const HrTaskListPage = lazy(() => import('@/features/automation/HrTaskListPage'));
const TrainingProgramListPage = lazy(() => import('@/features/training/TrainingProgramListPage'));
const TrainingProgramDetailPage = lazy(() => import('@/features/training/TrainingProgramDetailPage'));
const TrainingPlanListPage = lazy(() => import('@/features/training/TrainingPlanListPage'));
const EnrolmentListPage = lazy(() => import('@/features/training/EnrolmentListPage'));
const MyTrainingPage = lazy(() => import('@/features/training/MyTrainingPage'));
const AttendanceMonthListPage = lazy(() => import('@/features/attendance/AttendanceMonthListPage'));
const LeaveRecordListPage = lazy(() => import('@/features/attendance/LeaveRecordListPage'));
const MyLeavePage = lazy(() => import('@/features/attendance/MyLeavePage'));

/** /graphiql is a page of its own served by the backend; in `vite` dev it is graphiql.html. */
function GraphiQLRedirect() {
  useEffect(() => {
    window.location.replace(import.meta.env.DEV ? '/graphiql.html' : '/graphiql');
  }, []);
  return <FullPageSpin />;
}

export function App() {
  const [client] = useState(createApolloClient);
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';

  useEffect(() => {
    dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
    document.title = t('app.title');
  }, [language, t]);

  return (
    <ConfigProvider
      locale={language === 'en' ? enUS : zhCN}
      theme={{
        token: { colorPrimary: '#1677ff', borderRadius: 6 },
        components: { Layout: { siderBg: '#001529', headerHeight: 64 } },
      }}
    >
      <AntApp>
        <ApolloProvider client={client}>
          <BrowserRouter future={ROUTER_FUTURE}>
            <SessionWatcher />
            <Suspense fallback={<FullPageSpin />}>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route path="/graphiql" element={<GraphiQLRedirect />} />
                <Route element={<RequireSession />}>
                  <Route index element={<ViewerHomePage />} />
                  <Route
                    path="employees"
                    element={
                      <RequirePermission permission={Permission.employeesRead}>
                        <EmployeeListPage />
                      </RequirePermission>
                    }
                  />
                  {/* Not gated: a viewer may open their own record; the server decides what is visible. */}
                  <Route path="employees/:id" element={<EmployeeDetailPage />} />
                  <Route path="employees/:id/profile" element={<EmployeeProfilePage />} />
                  <Route
                    path="org"
                    element={
                      <RequirePermission permission={Permission.orgRead}>
                        <OrgOverviewPage />
                      </RequirePermission>
                    }
                  />
                  <Route path="traffic">
                    <Route
                      index
                      element={
                        <RequirePermission permission={Permission.trafficRead}>
                          <TrafficOverviewPage />
                        </RequirePermission>
                      }
                    />
                    <Route
                      path="teams/:id"
                      element={
                        <RequirePermission permission={Permission.trafficRead}>
                          <TeamTrafficPage />
                        </RequirePermission>
                      }
                    />
                    <Route
                      path="hosts/:id"
                      element={
                        <RequirePermission permission={Permission.trafficRead}>
                          <HostTrafficPage />
                        </RequirePermission>
                      }
                    />
                  </Route>
                  <Route path="contracts">
                    <Route
                      index
                      element={
                        <RequirePermission permission={Permission.contractsRead}>
                          <ContractListPage />
                        </RequirePermission>
                      }
                    />
                    <Route
                      path="templates"
                      element={
                        <RequirePermission permission={Permission.contractsRead}>
                          <TemplateEditorPage />
                        </RequirePermission>
                      }
                    />
                    <Route
                      path=":id"
                      element={
                        <RequirePermission permission={Permission.contractsRead}>
                          <ContractDetailPage />
                        </RequirePermission>
                      }
                    />
                    <Route
                      path=":id/sign"
                      element={
                        <RequirePermission permission={Permission.contractsRead}>
                          <ContractSignPage />
                        </RequirePermission>
                      }
                    />
                  </Route>
                  <Route
                    path="me/contracts"
                    element={
                      <RequirePermission permission={Permission.contractsRead}>
                        <MyContractsPage />
                      </RequirePermission>
                    }
                  />
                  <Route path="performance">
                    <Route
                      index
                      element={
                        <RequirePermission permission={Permission.performanceWrite}>
                          <ReviewCycleListPage />
                        </RequirePermission>
                      }
                    />
                    <Route
                      path="cycles/:id"
                      element={
                        <RequirePermission permission={Permission.performanceWrite}>
                          <ReviewCycleDetailPage />
                        </RequirePermission>
                      }
                    />
                    <Route
                      path="templates"
                      element={
                        <RequirePermission permission={Permission.performanceWrite}>
                          <KpiTemplateEditorPage />
                        </RequirePermission>
                      }
                    />
                    <Route
                      path="team"
                      element={
                        <RequirePermission permission={Permission.performanceRate}>
                          <TeamReviewsPage />
                        </RequirePermission>
                      }
                    />
                    {/* Not gated beyond reading: the server scopes a review to whoever may see it. */}
                    <Route
                      path="reviews/:id"
                      element={
                        <RequirePermission permission={Permission.performanceRead}>
                          <ReviewDetailPage />
                        </RequirePermission>
                      }
                    />
                  </Route>
                  <Route
                    path="me/reviews"
                    element={
                      <RequirePermission permission={Permission.performanceRead}>
                        <MyReviewsPage />
                      </RequirePermission>
                    }
                  />
                  <Route path="analytics">
                    <Route index element={<Navigate to="risk" replace />} />
                    {/* Aggregates about groups: employees.read with a company-wide or team scope (the page asks the server). */}
                    <Route
                      path="workforce"
                      element={
                        <RequirePermission permission={Permission.employeesRead}>
                          <WorkforceDashboardPage />
                        </RequirePermission>
                      }
                    />
                    {/* The model card and insights show on the same page, for a company-wide scope only. */}
                    <Route
                      path="risk"
                      element={
                        <RequirePermission permission={Permission.analyticsReadRisk}>
                          <AttritionRiskListPage />
                        </RequirePermission>
                      }
                    />
                  </Route>
                  <Route path="automation">
                    <Route
                      index
                      element={
                        <RequirePermission permission={Permission.automationManage}>
                          <AutomationRuleListPage />
                        </RequirePermission>
                      }
                    />
                    <Route
                      path="rules/:id"
                      element={
                        <RequirePermission permission={Permission.automationManage}>
                          <AutomationRuleDetailPage />
                        </RequirePermission>
                      }
                    />
                    <Route
                      path="tasks"
                      element={
                        <RequirePermission permission={Permission.automationManage}>
                          <HrTaskListPage />
                        </RequirePermission>
                      }
                    />
                  </Route>
                  <Route path="payroll">
                    <Route
                      index
                      element={
                        <RequirePermission permission={Permission.payrollRead}>
                          <PayrollRunListPage />
                        </RequirePermission>
                      }
                    />
                    <Route
                      path=":id"
                      element={
                        <RequirePermission permission={Permission.payrollRead}>
                          <PayrollRunDetailPage />
                        </RequirePermission>
                      }
                    />
                  </Route>
                  <Route path="commission-plans">
                    <Route
                      index
                      element={
                        <RequirePermission permission={Permission.compensationRead}>
                          <CommissionPlanListPage />
                        </RequirePermission>
                      }
                    />
                    {/* `new` as well as a plan's id; read-only without compensation.write. */}
                    <Route
                      path=":id"
                      element={
                        <RequirePermission permission={Permission.compensationRead}>
                          <CommissionPlanEditorPage />
                        </RequirePermission>
                      }
                    />
                  </Route>
                  <Route
                    path="me/payslips"
                    element={
                      <RequirePermission permission={Permission.selfReadPay}>
                        <MyPayslipsPage />
                      </RequirePermission>
                    }
                  />
                  <Route path="training">
                    <Route
                      index
                      element={
                        <RequirePermission permission={Permission.trainingRead}>
                          <TrainingProgramListPage />
                        </RequirePermission>
                      }
                    />
                    <Route
                      path="programs/:id"
                      element={
                        <RequirePermission permission={Permission.trainingRead}>
                          <TrainingProgramDetailPage />
                        </RequirePermission>
                      }
                    />
                    <Route
                      path="plans"
                      element={
                        <RequirePermission permission={Permission.trainingRead}>
                          <TrainingPlanListPage />
                        </RequirePermission>
                      }
                    />
                    <Route
                      path="enrolments"
                      element={
                        <RequirePermission permission={Permission.trainingRead}>
                          <EnrolmentListPage />
                        </RequirePermission>
                      }
                    />
                  </Route>
                  <Route
                    path="me/training"
                    element={
                      <RequirePermission permission={Permission.trainingRead}>
                        <MyTrainingPage />
                      </RequirePermission>
                    }
                  />
                  <Route path="attendance">
                    <Route
                      index
                      element={
                        <RequirePermission permission={Permission.attendanceRead}>
                          <AttendanceMonthListPage />
                        </RequirePermission>
                      }
                    />
                    <Route
                      path="leave"
                      element={
                        <RequirePermission permission={Permission.attendanceRead}>
                          <LeaveRecordListPage />
                        </RequirePermission>
                      }
                    />
                  </Route>
                  <Route
                    path="me/leave"
                    element={
                      <RequirePermission permission={Permission.attendanceRead}>
                        <MyLeavePage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="audit"
                    element={
                      <RequirePermission permission={Permission.auditRead}>
                        <AuditEventListPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="alerts"
                    element={
                      <RequirePermission permission={Permission.alertsRead}>
                        <AlertListPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="finance/figures"
                    element={
                      <RequirePermission permission={Permission.efficiencyWrite}>
                        <FinancialFiguresPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="users"
                    element={
                      <RequirePermission permission={Permission.accountsManage}>
                        <AccountAdminPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="partners"
                    element={
                      <RequirePermission permission={Permission.accountsManage}>
                        <PartnerClientListPage />
                      </RequirePermission>
                    }
                  />
                  <Route
                    path="webhooks"
                    element={
                      <RequirePermission permission={WEBHOOK_MANAGERS}>
                        <WebhookListPage />
                      </RequirePermission>
                    }
                  />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </Suspense>
          </BrowserRouter>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
