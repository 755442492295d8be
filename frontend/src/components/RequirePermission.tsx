import type { ReactNode } from 'react';
import type { PermissionName } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { ForbiddenPage } from './StatusPage';

export function RequirePermission({ permission, children }: { permission: PermissionName; children: ReactNode }) {
  const { can } = useViewer();
  return <>{can(permission) ? children : <ForbiddenPage />}</>;
}
