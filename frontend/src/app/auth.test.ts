// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearTokens, getValidAccessToken, isExpiring, jwtExpiry, onTokensChange, readTokens, refreshAccessToken, storeTokens, TOKEN_KEYS } from './auth';

function jwt(payload: object): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.signature`;
}

function tokenResponse(status: number, body: object) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('console session tokens', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('reads the expiry of a JWT', () => {
    expect(jwtExpiry(jwt({ sub: 'u', exp: 1_700_000_000 }))).toBe(1_700_000_000_000);
    expect(jwtExpiry('not-a-jwt')).toBeNull();
  });

  it('stores, reads and clears the token pair, telling listeners', () => {
    const seen: unknown[] = [];
    const stop = onTokensChange((tokens) => seen.push(tokens?.accessToken ?? null));
    storeTokens({ accessToken: 'a1', refreshToken: 'r1', expiresIn: 900 });
    expect(readTokens()).toMatchObject({ accessToken: 'a1', refreshToken: 'r1' });
    expect(isExpiring(readTokens()!)).toBe(false);
    clearTokens();
    expect(readTokens()).toBeNull();
    expect(localStorage.getItem(TOKEN_KEYS.refresh)).toBeNull();
    expect(seen).toEqual(['a1', null]);
    stop();
  });

  it('refreshes an expiring token with grant_type=refresh_token before using it', async () => {
    storeTokens({ accessToken: 'old', refreshToken: 'r1', expiresIn: 5 });
    const fetch = vi.fn(async (_url: string, _init: RequestInit) =>
      tokenResponse(200, { access_token: 'new', refresh_token: 'r2', token_type: 'Bearer', expires_in: 900 }),
    );
    vi.stubGlobal('fetch', fetch);

    const [first, second] = await Promise.all([getValidAccessToken(), getValidAccessToken()]);

    expect(first).toBe('new');
    expect(second).toBe('new');
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/oauth/token');
    expect(init.method).toBe('POST');
    expect(String(init.body)).toBe('grant_type=refresh_token&refresh_token=r1');
    expect(readTokens()).toMatchObject({ accessToken: 'new', refreshToken: 'r2' });
  });

  it('logs out when the refresh is refused', async () => {
    storeTokens({ accessToken: 'old', refreshToken: 'revoked', expiresIn: 900 });
    vi.stubGlobal('fetch', vi.fn(async () => tokenResponse(400, { error: 'invalid_grant' })));

    expect(await refreshAccessToken()).toBeNull();
    expect(readTokens()).toBeNull();
  });

  it('keeps a pair that another tab rotated while this refresh was refused', async () => {
    storeTokens({ accessToken: 'old', refreshToken: 'r1', expiresIn: 900 });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        storeTokens({ accessToken: 'from-other-tab', refreshToken: 'r2', expiresIn: 900 });
        return tokenResponse(400, { error: 'invalid_grant' });
      }),
    );

    expect(await refreshAccessToken()).toBe('from-other-tab');
    expect(readTokens()?.refreshToken).toBe('r2');
  });

  it('keeps the session when the server cannot be reached', async () => {
    storeTokens({ accessToken: 'old', refreshToken: 'r1', expiresIn: 900 });
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));

    await expect(refreshAccessToken()).rejects.toThrow('Failed to fetch');
    expect(readTokens()?.accessToken).toBe('old');
  });
});
