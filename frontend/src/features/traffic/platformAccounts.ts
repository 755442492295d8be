import { Permission, type PermissionName } from '@/app/permissions';
import type { Platform, PlatformAccountCreateInput } from '@/graphql/generated/graphql';

// A record, not a list, so that a platform added to the schema fails the type check until it is offered here.
const OFFERED: Record<Platform, true> = {
  DOUYIN: true,
  KUAISHOU: true,
  TAOBAO_LIVE: true,
  BILIBILI: true,
  WECHAT_CHANNELS: true,
  XIAOHONGSHU: true,
  TIKTOK: true,
  TWITCH: true,
};

/** Every platform, in the schema's order. */
export const PLATFORMS = Object.keys(OFFERED) as Platform[];

/** The mutation needs both: registering an account is traffic data and part of the host's record. */
export function canAddPlatformAccount(can: (permission: PermissionName) => boolean): boolean {
  return can(Permission.trafficWrite) && can(Permission.employeesWrite);
}

export interface PlatformAccountFormValues {
  platform: Platform;
  handle: string;
  externalId: string;
  partnerClientId?: string | null;
}

export function createAccountInput(hostId: string, values: PlatformAccountFormValues): PlatformAccountCreateInput {
  return {
    hostId,
    platform: values.platform,
    handle: values.handle.trim(),
    externalId: values.externalId.trim(),
    partnerClientId: values.partnerClientId || null,
  };
}

export interface PartnerClientChoice {
  id: string;
  clientId: string;
  name: string;
  isActive: boolean;
}

/** A revoked partner can no longer push anything, so it is not offered as the account's source. */
export function partnerClientOptions(clients: readonly PartnerClientChoice[]): { value: string; label: string }[] {
  return clients.filter((client) => client.isActive).map((client) => ({ value: client.id, label: `${client.name} (${client.clientId})` }));
}
