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

/**
 * Built-in roles whose row scope is everyone. Row scopes are fixed per role (an admin edits a
 * role's permissions, not its scope), so the console can tell who sees every team; the others
 * see the teams they lead (team_lead) or only themselves. The server still decides each query.
 */
const ROLES_SEEING_EVERYONE: readonly string[] = ['admin', 'hr_manager', 'finance', 'recruiter'];

export function seesEveryone(roles: readonly string[]): boolean {
  return roles.some((role) => ROLES_SEEING_EVERYONE.includes(role));
}
