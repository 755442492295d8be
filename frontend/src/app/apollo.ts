import { ApolloClient, HttpLink, InMemoryCache, Observable, from, split } from '@apollo/client';
import type { FetchResult } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { onError } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { getValidAccessToken, graphqlWsUrl, onTokensChange, readTokens, refreshAccessToken } from './auth';
import { TYPE_POLICIES } from './cachePolicies';
import i18n from './i18n';

function bearer(token: string | null): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** The console's language right now: the server writes its messages in it (codes and fields never change). */
function language(): string {
  return i18n.resolvedLanguage ?? i18n.language;
}

/** GraphQL over WebSocket (graphql-transport-ws); the token and the language go in the connection_init payload. */
export const wsClient = createClient({
  url: () => graphqlWsUrl(),
  lazy: true,
  retryAttempts: 5,
  connectionParams: async () => ({ ...bearer(await getValidAccessToken()), language: language() }),
});

// A new session (or none) must not keep using a socket authenticated as someone else,
// and a socket speaks the language it was opened in: reconnect (subscriptions resume) on a change.
onTokensChange(() => wsClient.terminate());
i18n.on('languageChanged', () => wsClient.terminate());

const authLink = setContext(async (_operation, previous: { headers?: Record<string, string> }) => ({
  headers: { ...previous.headers, ...bearer(await getValidAccessToken()), 'Accept-Language': language() },
}));

function isUnauthenticated(error: Parameters<Parameters<typeof onError>[0]>[0]): boolean {
  if (error.graphQLErrors?.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) return true;
  const network = error.networkError as { statusCode?: number } | null | undefined;
  return network?.statusCode === 401;
}

/** On UNAUTHENTICATED: refresh once and retry; a refused refresh logs out (see auth.ts). */
const refreshLink = onError((error) => {
  const { operation, forward } = error;
  if (!isUnauthenticated(error) || operation.getContext()['retriedAfterRefresh'] || !readTokens()) return undefined;
  return new Observable<FetchResult>((observer) => {
    let subscription: { unsubscribe(): void } | undefined;
    refreshAccessToken()
      .then((token) => {
        if (!token) {
          observer.error(new Error('Session expired'));
          return;
        }
        operation.setContext((context: { headers?: Record<string, string> }) => ({
          retriedAfterRefresh: true,
          headers: { ...context.headers, ...bearer(token) },
        }));
        subscription = forward(operation).subscribe(observer);
      })
      .catch((reason: unknown) => observer.error(reason));
    return () => subscription?.unsubscribe();
  });
});

const httpLink = new HttpLink({ uri: '/graphql' });

const wsLink = new GraphQLWsLink(wsClient);

const transport = split(
  ({ query }) => {
    const definition = getMainDefinition(query);
    return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
  },
  wsLink,
  from([refreshLink, authLink, httpLink]),
);

export function createApolloClient(): ApolloClient<unknown> {
  return new ApolloClient({
    link: transport,
    cache: new InMemoryCache({ typePolicies: TYPE_POLICIES }),
    // A field the viewer may not read arrives as null plus a FORBIDDEN error: render the rest.
    defaultOptions: {
      watchQuery: { errorPolicy: 'all', fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
      query: { errorPolicy: 'all' },
      mutate: { errorPolicy: 'all' },
    },
  });
}
