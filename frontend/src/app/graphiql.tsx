/**
 * The self-hosted GraphiQL page (its own Vite entry: graphiql.html → served at /graphiql).
 * Everything it loads comes from this server: the editor, its CSS and fonts are bundled.
 * Requests carry the console session's access token (refreshed as needed); subscriptions go
 * over graphql-ws with the token in the connection_init payload.
 */
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createClient } from 'graphql-ws';
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { initI18n, isLanguage, LANGUAGES, rememberLanguage } from '@/app/i18n';
import { getValidAccessToken, graphqlWsUrl, onTokensChange, readTokens } from './auth';
import './graphiql.css';

const DEFAULT_QUERY = `# Requests carry your console session.
# Ctrl-Enter runs a query; Docs lists the schema.

query Viewer {
  viewer {
    email
    roles
    permissions
  }
}
`;

async function authorizedFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = await getValidAccessToken();
  // A header typed into GraphiQL's headers pane wins.
  if (token && !headers.has('Authorization')) headers.set('Authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
}

function createFetcher() {
  const wsClient = createClient({
    url: graphqlWsUrl(),
    lazy: true,
    connectionParams: async () => {
      const token = await getValidAccessToken();
      return token ? { Authorization: `Bearer ${token}` } : {};
    },
  });
  onTokensChange(() => wsClient.terminate());
  return createGraphiQLFetcher({ url: '/graphql', wsClient, fetch: authorizedFetch, enableIncrementalDelivery: false });
}

function useViewerEmail(): string | null | undefined {
  const [email, setEmail] = useState<string | null | undefined>(readTokens() ? undefined : null);
  useEffect(() => {
    if (!readTokens()) return;
    void authorizedFetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: 'query ViewerEmail { viewer { email } }' }),
    })
      .then((response) => response.json() as Promise<{ data?: { viewer?: { email: string } | null } }>)
      .then((body) => setEmail(body.data?.viewer?.email ?? null))
      .catch(() => setEmail(null));
  }, []);
  return email;
}

function GraphiQLPage() {
  const { t, i18n } = useTranslation();
  const fetcher = useMemo(createFetcher, []);
  const email = useViewerEmail();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';

  useEffect(() => {
    document.title = t('graphiql.title');
  }, [t]);

  return (
    <div className="hrgraph-graphiql">
      <header className="hrgraph-graphiql-bar">
        <a className="hrgraph-graphiql-brand" href="/">
          <span className="hrgraph-graphiql-mark">hr</span>
          <span>hrgraph</span>
          <span className="hrgraph-graphiql-sub">GraphiQL</span>
        </a>
        <nav className="hrgraph-graphiql-nav">
          <span className="hrgraph-graphiql-who" data-testid="graphiql-identity">
            {email === undefined ? '' : email ? t('graphiql.signedInAs', { email }) : t('graphiql.anonymous')}
          </span>
          {email === null ? <a href="/login?next=%2Fgraphiql">{t('graphiql.signIn')}</a> : null}
          <select
            aria-label={t('header.language')}
            value={language}
            onChange={(event) => {
              const next = event.target.value;
              if (!isLanguage(next)) return;
              rememberLanguage(next);
              void i18n.changeLanguage(next);
            }}
          >
            {LANGUAGES.map((option) => (
              <option key={option} value={option}>
                {t(`language.${option}`)}
              </option>
            ))}
          </select>
          <a href="/">{t('graphiql.backToConsole')}</a>
        </nav>
      </header>
      <main className="hrgraph-graphiql-main">
        <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} defaultEditorToolsVisibility={false}>
          <GraphiQL.Logo>hrgraph</GraphiQL.Logo>
        </GraphiQL>
      </main>
    </div>
  );
}

initI18n();
const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql.html has no #graphiql');
createRoot(root).render(
  <StrictMode>
    <GraphiQLPage />
  </StrictMode>,
);
