import type { ReactNode } from 'react';
import type { PermissionName } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { ForbiddenPage } from './StatusPage';

/** Renders its children for a viewer holding the permission (or any one of several). */
export function RequirePermission({ permission, children }: { permission: PermissionName | readonly PermissionName[]; children: ReactNode }) {
  const { can } = useViewer();
  const wanted: readonly PermissionName[] = typeof permission === 'string' ? [permission] : permission;
  return <>{wanted.some(can) ? children : <ForbiddenPage />}</>;
}
