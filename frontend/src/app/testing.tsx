/** Helpers for component tests (jsdom): a viewer with given permissions, mocked GraphQL, a router. */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing';
import type { MockedResponse } from '@apollo/client/testing';
import { StyleProvider } from '@ant-design/cssinjs';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { initI18n } from '@/app/i18n';
import { TYPE_POLICIES } from './cachePolicies';
import { ROUTER_FUTURE } from './routerFuture';
import type { Viewer } from './viewer';
import { ViewerProvider } from './viewer';

if (typeof window !== 'undefined' && !window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

if (typeof window !== 'undefined') {
  // jsdom implements getComputedStyle(element) but not (element, pseudoElement), which rc-table asks for.
  const getComputedStyle = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element) => getComputedStyle(element);
}

export function makeViewer(overrides: Partial<Viewer> = {}): Viewer {
  return { __typename: 'Viewer', email: 'someone@demo.hrgraph.local', roles: [], permissions: [], rowScope: 'none', employee: null, ...overrides };
}

export function renderPage(
  element: ReactElement,
  { viewer, mocks, path, url }: { viewer: Viewer; mocks: MockedResponse[]; path: string; url: string },
) {
  initI18n('en');
  // jsdom parses every injected <style> slowly; these tests do not need Ant Design's CSS.
  const styles = document.createElement('div');
  return render(
    <StyleProvider container={styles}>
      <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies: TYPE_POLICIES })}>
        <MemoryRouter initialEntries={[url]} future={ROUTER_FUTURE}>
          <ViewerProvider viewer={viewer}>
            <Routes>
              <Route path={path} element={element} />
            </Routes>
          </ViewerProvider>
        </MemoryRouter>
      </MockedProvider>
    </StyleProvider>,
  );
}
