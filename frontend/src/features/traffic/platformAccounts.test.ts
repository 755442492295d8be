import { describe, expect, it } from 'vitest';
import type { PermissionName } from '@/app/permissions';
import { canAddPlatformAccount, createAccountInput, partnerClientOptions, PLATFORMS } from './platformAccounts';

const HOST_ID = 'RW1wbG95ZWU6NjY=';

function granted(...names: PermissionName[]) {
  return (permission: PermissionName) => names.includes(permission);
}

describe('platform account input', () => {
  it('sends the host, the platform and the texts trimmed, with no partner when none was chosen', () => {
    expect(createAccountInput(HOST_ID, { platform: 'KUAISHOU', handle: '  @xiaomei ', externalId: ' ks-1024\t' })).toEqual({
      hostId: HOST_ID,
      platform: 'KUAISHOU',
      handle: '@xiaomei',
      externalId: 'ks-1024',
      partnerClientId: null,
    });
  });

  it('sends the chosen partner client, and a cleared choice as none', () => {
    const values = { platform: 'DOUYIN' as const, handle: '@a', externalId: 'dy-1' };
    expect(createAccountInput(HOST_ID, { ...values, partnerClientId: 'UGFydG5lckNsaWVudDox' }).partnerClientId).toBe('UGFydG5lckNsaWVudDox');
    // Ant Design's Select leaves undefined behind when its choice is cleared.
    expect(createAccountInput(HOST_ID, { ...values, partnerClientId: undefined }).partnerClientId).toBeNull();
  });

  it("offers every platform of the schema's enum once", () => {
    expect(PLATFORMS).toEqual(['DOUYIN', 'KUAISHOU', 'TAOBAO_LIVE', 'BILIBILI', 'WECHAT_CHANNELS', 'XIAOHONGSHU', 'TIKTOK', 'TWITCH']);
  });
});

describe('who may add an account', () => {
  it('needs both traffic.write and employees.write', () => {
    expect(canAddPlatformAccount(granted('traffic.write', 'employees.write'))).toBe(true);
    expect(canAddPlatformAccount(granted('traffic.write', 'traffic.read'))).toBe(false);
    expect(canAddPlatformAccount(granted('employees.write', 'traffic.read'))).toBe(false);
  });
});

describe('partner client options', () => {
  it('offers the active clients by name and client id, not the revoked ones', () => {
    const clients = [
      { id: 'c1', clientId: 'demo-platform', name: 'Demo platform', isActive: true },
      { id: 'c2', clientId: 'old-erp', name: 'Old ERP', isActive: false },
    ];
    expect(partnerClientOptions(clients)).toEqual([{ value: 'c1', label: 'Demo platform (demo-platform)' }]);
  });
});
