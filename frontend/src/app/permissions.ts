/** Permission names as the backend's `Permission` enum spells them (`viewer.permissions`). */
export const Permission = {
  employeesRead: 'employees.read',
  employeesReadPii: 'employees.read_pii',
  compensationRead: 'compensation.read',
  orgRead: 'org.read',
  auditRead: 'audit.read',
  /** one's own record's ID number and birth date */
  selfReadPii: 'self.read_pii',
} as const;

export type PermissionName = (typeof Permission)[keyof typeof Permission];
