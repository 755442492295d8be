/** Permission names as the backend's `Permission` enum spells them (`viewer.permissions`). */
export const Permission = {
  employeesRead: 'employees.read',
  employeesReadPii: 'employees.read_pii',
  /** hire, edit and move people (HR) */
  employeesWrite: 'employees.write',
  compensationRead: 'compensation.read',
  /** commission plans and their assignments (HR) */
  compensationWrite: 'compensation.write',
  /** payroll runs, everyone's payslips and their exports (one's own payslips: self.read_pay) */
  payrollRead: 'payroll.read',
  /** create, compute and lock payroll runs; adjustments */
  payrollRun: 'payroll.run',
  orgRead: 'org.read',
  /** departments, teams (and their leads) and positions (HR) */
  orgWrite: 'org.write',
  auditRead: 'audit.read',
  alertsRead: 'alerts.read',
  /** acknowledge and resolve alerts */
  alertsWrite: 'alerts.write',
  /** users, roles, partner clients (and everyone's webhooks) */
  accountsManage: 'accounts.manage',
  /** one's own webhooks */
  webhooksManage: 'webhooks.manage',
  /** live-stream traffic of the hosts (and teams) one may see */
  trafficRead: 'traffic.read',
  /** push traffic samples, register hosts' platform accounts */
  trafficWrite: 'traffic.write',
  /** contracts of the employees one may see (pay terms and documents also need compensation.read, or being the employee) */
  contractsRead: 'contracts.read',
  /** draft, amend, submit, terminate, renew; sign for HR; templates and clauses */
  contractsWrite: 'contracts.write',
  /** sign as the business representative (a lead: for their team) */
  contractsSignBusiness: 'contracts.sign_business',
  /** reviews and KPI scores within the row scope (one's own once the cycle is closed); KPI templates */
  performanceRead: 'performance.read',
  /** a manager's rating and comment (a lead: their team's reviews) */
  performanceRate: 'performance.rate',
  /** KPI templates, review cycles and calibration (HR) */
  performanceWrite: 'performance.write',
  /** one's own record's ID number and birth date */
  selfReadPii: 'self.read_pii',
  /** one's own pay (a contract's pay terms and document, on one's own contract; one's payslips of locked runs) */
  selfReadPay: 'self.read_pay',
  /** attrition risk scores, their drivers and the model card (a lead: their team; never one's own) */
  analyticsReadRisk: 'analytics.read_risk',
  /** revenue per head, human-capital and training ROI (company-wide) */
  efficiencyRead: 'efficiency.read',
  /** revenue and cost figures from finance */
  efficiencyWrite: 'efficiency.write',
  /** automation rules, their runs and outcomes, and every HR task (HR) */
  automationManage: 'automation.manage',
  /** the training catalogue, sessions and plans; enrolments within the row scope */
  trainingRead: 'training.read',
  /** programs, sessions, plans; enrolling and recording outcomes (HR) */
  trainingWrite: 'training.write',
  /** monthly attendance and leave within the row scope; requesting one's own leave */
  attendanceRead: 'attendance.read',
  /** recording leave for anyone and deciding requests (HR) */
  attendanceWrite: 'attendance.write',
} as const;

export type PermissionName = (typeof Permission)[keyof typeof Permission];

/** Either lets one manage webhooks: one's own (webhooks.manage) or everyone's (accounts.manage). */
export const WEBHOOK_MANAGERS: readonly PermissionName[] = [Permission.webhooksManage, Permission.accountsManage];
