import { useApolloClient } from '@apollo/client';
import type { ApolloClient } from '@apollo/client';
import { useEffect, useState } from 'react';
import { onTokensChange } from '@/app/auth';

/**
 * Page numbers over a forward-only Relay connection (the employee and contract lists). The
 * `after` cursor of page N is the cursor of the item at offset N*size-1; every page fetched
 * records the cursors it saw, and a page reached by a deep link is found by walking the
 * connection cursors-only, 100 at a time. Each list gets its own memory of cursors, keyed by
 * its result set (filters and order).
 */
const MAX_FIRST = 100;

export interface CursorBatch {
  cursors: string[];
  hasNextPage: boolean;
}

/** One cursors-only request of the list's connection. */
export type FetchCursors<S> = (client: ApolloClient<unknown>, state: S, first: number, after: string | null) => Promise<CursorBatch>;

interface Seek {
  after: string | null;
  /** false when the connection ends before `offset` (a page past the last one). */
  reached: boolean;
}

export interface PageCursor {
  /** undefined while it is being looked up */
  after: string | null | undefined;
  overshoot: boolean;
  error: Error | null;
}

export function createPageCursors<S extends { page: number; pageSize: number }>(keyOf: (state: S) => string, fetchCursors: FetchCursors<S>) {
  const known = new Map<string, Map<number, string>>();

  /** `cursors[i]` is the cursor of the item at `startOffset + i`. */
  function rememberCursors(key: string, startOffset: number, cursors: readonly string[]): void {
    let byOffset = known.get(key);
    if (!byOffset) {
      byOffset = new Map();
      known.set(key, byOffset);
    }
    cursors.forEach((cursor, index) => byOffset.set(startOffset + index + 1, cursor));
  }

  /** The `after` argument that starts a page at `offset`: null for 0, undefined when not known yet. */
  function cursorBefore(key: string, offset: number): string | null | undefined {
    return offset === 0 ? null : known.get(key)?.get(offset);
  }

  // Row scopes differ between users: a new session starts with no known cursors.
  onTokensChange(() => known.clear());

  async function seek(client: ApolloClient<unknown>, state: S, offset: number): Promise<Seek> {
    const key = keyOf(state);
    const byOffset = known.get(key) ?? new Map<number, string>();
    let at = Math.max(0, ...[...byOffset.keys()].filter((o) => o <= offset));
    let after: string | null = at === 0 ? null : (byOffset.get(at) ?? null);
    while (at < offset) {
      const { cursors, hasNextPage } = await fetchCursors(client, state, Math.min(MAX_FIRST, offset - at), after);
      rememberCursors(key, at, cursors);
      at += cursors.length;
      after = cursors.at(-1) ?? after;
      if (cursors.length === 0 || (!hasNextPage && at < offset)) return { after, reached: false };
    }
    return { after, reached: true };
  }

  function usePageCursor(state: S): PageCursor {
    const client = useApolloClient();
    const key = keyOf(state);
    const offset = (state.page - 1) * state.pageSize;
    const cached = cursorBefore(key, offset);
    const [found, setFound] = useState<{ key: string; offset: number; result: Seek | Error } | null>(null);

    useEffect(() => {
      if (cached !== undefined) return undefined;
      let cancelled = false;
      seek(client, state, offset).then(
        (result) => !cancelled && setFound({ key, offset, result }),
        (error: unknown) => !cancelled && setFound({ key, offset, result: error instanceof Error ? error : new Error(String(error)) }),
      );
      return () => {
        cancelled = true;
      };
      // `state` is represented by `key` and `offset`.
    }, [client, key, offset, cached]);

    if (cached !== undefined) return { after: cached, overshoot: false, error: null };
    if (found && found.key === key && found.offset === offset) {
      if (found.result instanceof Error) return { after: undefined, overshoot: false, error: found.result };
      return { after: found.result.after, overshoot: !found.result.reached, error: null };
    }
    return { after: undefined, overshoot: false, error: null };
  }

  return { rememberCursors, cursorBefore, usePageCursor };
}
