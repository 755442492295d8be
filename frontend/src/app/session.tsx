import { useApolloClient } from '@apollo/client';
import { Flex, Spin } from 'antd';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { LoadErrorPage } from '@/components/StatusPage';
import { clearTokens, onTokensChange, readTokens, refreshAccessToken, sessionEndReason } from './auth';
import { ConsoleLayout } from './ConsoleLayout';
import { useViewerQuery, ViewerProvider } from './viewer';

function subscribe(callback: () => void) {
  return onTokensChange(callback);
}

/** True while an access token is stored (re-renders on login, refresh and logout). */
export function useSignedIn(): boolean {
  return useSyncExternalStore(subscribe, () => readTokens() !== null);
}

/** Forgets everything cached and goes to the login page when the session ends (logout or refused refresh). */
export function SessionWatcher() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const signedIn = useSignedIn();
  const [wasSignedIn, setWasSignedIn] = useState(signedIn);

  useEffect(() => {
    if (wasSignedIn && !signedIn) {
      void client.clearStore();
      if (location.pathname !== '/login') {
        navigate('/login', { replace: true, state: { expired: sessionEndReason() === 'expired' } });
      }
    }
    if (wasSignedIn !== signedIn) setWasSignedIn(signedIn);
  }, [signedIn, wasSignedIn, client, navigate, location.pathname]);
  return null;
}

export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

/** The console behind a session: no token → login page; token → viewer → layout. */
export function RequireSession() {
  const signedIn = useSignedIn();
  const location = useLocation();
  if (!signedIn) {
    const next = location.pathname === '/' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return <Navigate to={`/login${next}`} replace />;
  }
  return <ViewerGate />;
}

function ViewerGate() {
  const { data, loading, error, refetch } = useViewerQuery();
  const viewer = data?.viewer;
  const rejected = !loading && !viewer && !error?.networkError;
  const retried = useRef(false);

  useEffect(() => {
    if (!rejected) return;
    // The server did not accept the access token: trade the refresh token once, else log out.
    if (retried.current) {
      clearTokens();
      return;
    }
    retried.current = true;
    refreshAccessToken().then(
      (token) => (token ? void refetch() : undefined),
      () => clearTokens(),
    );
  }, [rejected, refetch]);

  if (viewer) {
    return (
      <ViewerProvider viewer={viewer}>
        <ConsoleLayout />
      </ViewerProvider>
    );
  }
  if (loading || rejected) return <FullPageSpin />;
  return <LoadErrorPage message={error?.message} onRetry={() => void refetch()} />;
}
