import { useApolloClient, useQuery } from '@apollo/client';
import { App, Button, Flex, Typography } from 'antd';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { AlertFieldsFragment as LiveAlert } from '@/graphql/generated/graphql';
import { AlertKindTag } from './AlertKindTag';
import { AlertFeedStartQuery } from './queries';
import { AlertFeedSubscription } from './subscriptions';

export type { LiveAlert };

/** The newest alerts that arrived live are kept for the alert list (older ones it loads itself). */
const KEPT = 100;
const RESUBSCRIBE_MS = [2_000, 5_000, 15_000, 60_000] as const;

export interface AlertFeedValue {
  enabled: boolean;
  /** Alerts nobody acknowledged yet; null until known. */
  unacknowledged: number | null;
  /** Alerts raised since the console opened, newest first. */
  received: readonly LiveAlert[];
  /** An alert changed here (acknowledged, resolved): keep the live copy and the count in step. */
  changed: (alert: LiveAlert) => void;
}

const DISABLED: AlertFeedValue = { enabled: false, unacknowledged: null, received: [], changed: () => undefined };

const AlertFeedContext = createContext<AlertFeedValue>(DISABLED);

export function useAlertFeed(): AlertFeedValue {
  return useContext(AlertFeedContext);
}

/**
 * One `alerts` subscription for the whole console (no polling). It starts after the newest alert
 * the server had when the console loaded, so the subscription's replay covers the gap between that
 * query and the socket; after the socket gives up it resubscribes from the last alert it saw.
 * New alerts raise the open count and pop a notification.
 */
export function AlertFeedProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { notification } = App.useApp();
  const { data, refetch } = useQuery(AlertFeedStartQuery, {
    skip: !enabled,
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'network-only',
  });
  const [unacknowledged, setUnacknowledged] = useState<number | null>(null);
  const [received, setReceived] = useState<LiveAlert[]>([]);
  const [startAfter, setStartAfter] = useState<string | null | undefined>(undefined);
  const seen = useRef(new Set<string>());

  // The first count comes with the query; later ones from `recount` (a refetch with an equal
  // result would not change `data`, while the live count may have moved meanwhile).
  const firstCount = data?.unacknowledged?.totalCount;
  useEffect(() => {
    if (firstCount !== undefined) setUnacknowledged((previous) => previous ?? firstCount);
  }, [firstCount]);

  // The starting point is taken once: later refetches (of the count) must not restart the socket.
  const newest = data?.newest;
  useEffect(() => {
    if (newest && startAfter === undefined) setStartAfter(newest.edges[0]?.node.cursor ?? null);
  }, [newest, startAfter]);

  const announce = useRef<(alert: LiveAlert) => void>(() => undefined);
  announce.current = (alert: LiveAlert) => {
    const key = `alert-${alert.id}`;
    notification.open({
      key,
      type: alert.severity === 'CRITICAL' ? 'error' : alert.severity === 'WARNING' ? 'warning' : 'info',
      placement: 'bottomRight',
      duration: 8,
      message: (
        <Flex gap={8} align="center" wrap>
          <AlertKindTag kind={alert.kind} />
          {alert.employee ? <Typography.Text strong>{alert.employee.name}</Typography.Text> : null}
        </Flex>
      ),
      description: alert.message,
      props: { 'data-testid': 'alert-toast' },
      actions: (
        <Button
          size="small"
          type="primary"
          onClick={() => {
            notification.destroy(key);
            navigate('/alerts');
          }}
        >
          {t('alerts.toast.open')}
        </Button>
      ),
    });
  };

  useEffect(() => {
    if (!enabled || startAfter === undefined) return undefined;
    let stopped = false;
    let failures = 0;
    let lastCursor = startAfter;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let subscription: { unsubscribe(): void } | undefined;

    const deliver = (alert: LiveAlert) => {
      lastCursor = alert.cursor;
      failures = 0;
      // A resubscription replays from the last cursor: an alert may come twice.
      if (seen.current.has(alert.id)) return;
      seen.current.add(alert.id);
      setReceived((previous) => [alert, ...previous].slice(0, KEPT));
      if (!alert.acknowledgedAt) setUnacknowledged((previous) => (previous ?? 0) + 1);
      announce.current(alert);
    };
    const again = () => {
      if (stopped) return;
      const delay = RESUBSCRIBE_MS[Math.min(failures, RESUBSCRIBE_MS.length - 1)];
      failures += 1;
      timer = setTimeout(start, delay);
    };
    function start() {
      subscription = client.subscribe({ query: AlertFeedSubscription, variables: { after: lastCursor } }).subscribe({
        next: (result) => {
          if (result.data?.alerts) deliver(result.data.alerts);
        },
        error: again,
        complete: again,
      });
    }
    start();
    return () => {
      stopped = true;
      clearTimeout(timer);
      subscription?.unsubscribe();
    };
  }, [enabled, startAfter, client]);

  const changed = useCallback(
    (alert: LiveAlert) => {
      setReceived((previous) => previous.map((kept) => (kept.id === alert.id ? alert : kept)));
      // The count is the server's to say (someone may have acknowledged others meanwhile).
      refetch().then(
        (result) => {
          const total = result.data.unacknowledged?.totalCount;
          if (total !== undefined) setUnacknowledged(total);
        },
        () => undefined,
      );
    },
    [refetch],
  );

  const value = useMemo<AlertFeedValue>(
    () => (enabled ? { enabled, unacknowledged, received, changed } : DISABLED),
    [enabled, unacknowledged, received, changed],
  );
  return <AlertFeedContext.Provider value={value}>{children}</AlertFeedContext.Provider>;
}
