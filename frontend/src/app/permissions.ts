/** Permission names as the backend's `Permission` enum spells them (`viewer.permissions`). */
export const Permission = {
  employeesRead: 'employees.read',
  employeesReadPii: 'employees.read_pii',
  compensationRead: 'compensation.read',
  orgRead: 'org.read',
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
  /** one's own record's ID number and birth date */
  selfReadPii: 'self.read_pii',
} as const;

export type PermissionName = (typeof Permission)[keyof typeof Permission];

/** Either lets one manage webhooks: one's own (webhooks.manage) or everyone's (accounts.manage). */
export const WEBHOOK_MANAGERS: readonly PermissionName[] = [Permission.webhooksManage, Permission.accountsManage];
