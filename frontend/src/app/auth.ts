/**
 * Console session tokens: stored in localStorage (shared by the SPA and the GraphiQL page),
 * refreshed through the OAuth 2.0 token endpoint (grant_type=refresh_token) shortly before
 * the access token expires, and cleared (= logged out) when a refresh is refused.
 */

export const TOKEN_KEYS = {
  access: 'hrgraph.accessToken',
  refresh: 'hrgraph.refreshToken',
  expiresAt: 'hrgraph.accessTokenExpiresAt',
} as const;

/** Refresh this long before the access token actually expires. */
const EXPIRY_SKEW_MS = 30_000;

export interface Tokens {
  accessToken: string;
  refreshToken: string | null;
  /** epoch milliseconds, or null when unknown */
  expiresAt: number | null;
}

export interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  token_type?: string;
  expires_in?: number;
}

type Listener = (tokens: Tokens | null) => void;
const listeners = new Set<Listener>();

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The `exp` claim of a JWT in epoch milliseconds, or null when it is not a readable JWT. */
export function jwtExpiry(token: string): number | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

export function readTokens(): Tokens | null {
  const s = storage();
  const accessToken = s?.getItem(TOKEN_KEYS.access);
  if (!s || !accessToken) return null;
  const expiresAt = Number(s.getItem(TOKEN_KEYS.expiresAt));
  return {
    accessToken,
    refreshToken: s.getItem(TOKEN_KEYS.refresh),
    expiresAt: Number.isFinite(expiresAt) && expiresAt > 0 ? expiresAt : jwtExpiry(accessToken),
  };
}

function notify(): void {
  const tokens = readTokens();
  listeners.forEach((listener) => listener(tokens));
}

export function storeTokens(input: { accessToken: string; refreshToken?: string | null; expiresIn?: number | null }): void {
  const s = storage();
  if (!s) return;
  const expiresAt = input.expiresIn ? Date.now() + input.expiresIn * 1000 : jwtExpiry(input.accessToken);
  s.setItem(TOKEN_KEYS.access, input.accessToken);
  if (input.refreshToken) s.setItem(TOKEN_KEYS.refresh, input.refreshToken);
  if (expiresAt) s.setItem(TOKEN_KEYS.expiresAt, String(expiresAt));
  else s.removeItem(TOKEN_KEYS.expiresAt);
  notify();
}

export type SessionEnd = 'logout' | 'expired';
let lastEnd: SessionEnd = 'expired';

/** Why the last session ended: the user logged out, or the server stopped accepting it. */
export function sessionEndReason(): SessionEnd {
  return lastEnd;
}

export function clearTokens(reason: SessionEnd = 'expired'): void {
  const s = storage();
  if (!s) return;
  lastEnd = reason;
  const had = s.getItem(TOKEN_KEYS.access) !== null || s.getItem(TOKEN_KEYS.refresh) !== null;
  Object.values(TOKEN_KEYS).forEach((key) => s.removeItem(key));
  if (had) notify();
}

/** Subscribe to login, refresh and logout (including those made in another tab). */
export function onTokensChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === null || (Object.values(TOKEN_KEYS) as string[]).includes(event.key)) notify();
  });
}

export function isExpiring(tokens: Tokens, now: number = Date.now()): boolean {
  return tokens.expiresAt !== null && tokens.expiresAt - now < EXPIRY_SKEW_MS;
}

let inflight: Promise<string | null> | null = null;

/**
 * Trades the refresh token for a new token pair. Concurrent callers share one request.
 * Resolves to the new access token, or null (after logging out) when the server refuses.
 * A network failure rejects and leaves the session as it is.
 */
export function refreshAccessToken(): Promise<string | null> {
  if (inflight) return inflight;
  const refreshToken = readTokens()?.refreshToken;
  if (!refreshToken) {
    clearTokens();
    return Promise.resolve(null);
  }
  inflight = (async () => {
    const response = await fetch('/oauth/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }).toString(),
    });
    if (!response.ok) {
      // Another tab (or page) may have rotated the pair meanwhile: keep its tokens rather than logging out.
      const current = readTokens();
      if (current && current.refreshToken !== refreshToken) return current.accessToken;
      clearTokens();
      return null;
    }
    const body = (await response.json()) as TokenResponse;
    if (!body.access_token) {
      clearTokens();
      return null;
    }
    storeTokens({
      accessToken: body.access_token,
      refreshToken: body.refresh_token ?? refreshToken,
      expiresIn: body.expires_in ?? null,
    });
    return body.access_token;
  })().finally(() => {
    inflight = null;
  });
  return inflight;
}

/** The access token to send now (refreshed first if it is about to expire), or null when logged out. */
export async function getValidAccessToken(): Promise<string | null> {
  const tokens = readTokens();
  if (!tokens) return null;
  if (isExpiring(tokens) && tokens.refreshToken) return refreshAccessToken();
  return tokens.accessToken;
}

export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}
