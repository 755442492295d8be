import type { TFunction } from 'i18next';

const KNOWN_ROLES = ['admin', 'hr_manager', 'finance', 'recruiter', 'team_lead', 'employee', 'partner'] as const;
type KnownRole = (typeof KNOWN_ROLES)[number];

function isKnownRole(role: string): role is KnownRole {
  return (KNOWN_ROLES as readonly string[]).includes(role);
}

/** A role's display name; a role the console does not know yet shows as it is spelled. */
export function roleLabel(t: TFunction, role: string): string {
  return isKnownRole(role) ? t(`roles.${role}`) : role;
}
