import { expect, test } from './fixtures';
import { DEMO_USERS } from './pages/LoginPage';

test.use({ signedInAs: 'admin' });

test('GraphiQL loads from this server alone and runs a query as the signed-in user', async ({ page, baseURL, graphiql }) => {
  const origin = new URL(baseURL!).origin;
  const wsOrigin = origin.replace(/^http/, 'ws');
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('websocket', (socket) => requested.push(socket.url()));

  await graphiql.goto();
  await expect(page.getByTestId('graphiql-identity')).toContainText(DEMO_USERS.admin);

  await graphiql.run('query WhoAmI { viewer { email roles } }');
  await expect(graphiql.response).toContainText(`"email": "${DEMO_USERS.admin}"`);
  await expect(graphiql.response).toContainText('"admin"');

  // The docs explorer needs the schema: introspection went to our own /graphql too.
  await page.locator('.graphiql-sidebar button[aria-label*="Documentation"]').click();
  await expect(page.locator('.graphiql-doc-explorer')).toContainText('Query');

  const foreign = requested.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    const { origin: o } = new URL(url);
    return o !== origin && o !== wsOrigin;
  });
  expect(requested.length).toBeGreaterThan(3);
  expect(foreign).toEqual([]);
});
