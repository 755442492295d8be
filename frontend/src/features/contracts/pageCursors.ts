import { useApolloClient } from '@apollo/client';
import type { ApolloClient } from '@apollo/client';
import { useEffect, useState } from 'react';
import { onTokensChange } from '@/app/auth';
import type { ContractListState } from './listState';
import { resultSetKey, toContractFilter } from './listState';
import { ContractListCursorsQuery } from './queries';

/**
 * Page numbers over the forward-only `contracts` connection, as the employee list does it: the
 * `after` cursor of page N is the cursor of the item at offset N*size-1; every page fetched
 * records the cursors it saw, and a deep-linked page is found by walking cursors only, 100 at a time.
 */
const MAX_FIRST = 100;
const known = new Map<string, Map<number, string>>();

/** `cursors[i]` is the cursor of the item at `startOffset + i`. */
export function rememberCursors(key: string, startOffset: number, cursors: readonly string[]): void {
  let byOffset = known.get(key);
  if (!byOffset) {
    byOffset = new Map();
    known.set(key, byOffset);
  }
  cursors.forEach((cursor, index) => byOffset.set(startOffset + index + 1, cursor));
}

/** The `after` argument that starts a page at `offset`: null for 0, undefined when not known yet. */
export function cursorBefore(key: string, offset: number): string | null | undefined {
  return offset === 0 ? null : known.get(key)?.get(offset);
}

export function forgetCursors(): void {
  known.clear();
}

// Row scopes differ between users, and contracts come and go (a renewal adds one): a new session starts afresh.
onTokensChange(forgetCursors);

interface Seek {
  after: string | null;
  /** false when the connection ends before `offset` (a page past the last one). */
  reached: boolean;
}

async function seek(client: ApolloClient<unknown>, state: ContractListState, offset: number): Promise<Seek> {
  const key = resultSetKey(state);
  const byOffset = known.get(key) ?? new Map<number, string>();
  let at = Math.max(0, ...[...byOffset.keys()].filter((o) => o <= offset));
  let after: string | null = at === 0 ? null : (byOffset.get(at) ?? null);
  while (at < offset) {
    const { data, error } = await client.query({
      query: ContractListCursorsQuery,
      variables: { first: Math.min(MAX_FIRST, offset - at), after, filter: toContractFilter(state) },
      fetchPolicy: 'network-only',
    });
    if (!data?.contracts) throw error ?? new Error('No data');
    const cursors = data.contracts.edges.map((edge) => edge.cursor);
    rememberCursors(key, at, cursors);
    at += cursors.length;
    after = cursors.at(-1) ?? after;
    if (cursors.length === 0 || (!data.contracts.pageInfo.hasNextPage && at < offset)) return { after, reached: false };
  }
  return { after, reached: true };
}

export interface PageCursor {
  /** undefined while it is being looked up */
  after: string | null | undefined;
  overshoot: boolean;
  error: Error | null;
}

export function usePageCursor(state: ContractListState): PageCursor {
  const client = useApolloClient();
  const key = resultSetKey(state);
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
