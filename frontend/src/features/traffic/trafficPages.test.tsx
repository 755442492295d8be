// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeViewer, renderPage } from '@/app/testing';
import type { ChartData } from './seriesData';
import HostTrafficPage from './HostTrafficPage';
import { PlatformAccountCreateMutation } from './mutations';
import { HostPlatformAccountsQuery, HostTrafficSummaryQuery, TeamTrafficDetailsQuery, TeamTrafficLeaderboardQuery, TeamTrafficSummaryQuery, TrafficSeriesChartQuery } from './queries';
import { CHART_METRICS } from './seriesData';
import TeamTrafficPage from './TeamTrafficPage';
import { companyToday, periodRange } from './trafficState';

// ECharts needs a canvas; the pages' part is what reaches the charts.
vi.mock('./TrafficCharts', () => ({
  default: ({ data }: { data: ChartData }) => <div data-testid="charts-stub">{`${data.bucket}:${data.labels.join(',')}`}</div>,
}));

const LEAD = makeViewer({
  roles: ['team_lead'],
  permissions: ['employees.read', 'org.read', 'traffic.read'],
  employee: { __typename: 'Employee', id: 'RW1wbG95ZWU6MTE=', name: 'Mao Yan', employeeNo: 'MCN000011' },
});
const HR = makeViewer({ roles: ['hr_manager'], permissions: ['employees.read', 'employees.write', 'traffic.read', 'traffic.write'], rowScope: 'all' });
const HOST_ID = 'RW1wbG95ZWU6NjY=';
const TEAM_ID = 'VGVhbTo0';
const range = periodRange({ preset: '30d' }, companyToday());

function summary(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'TrafficSummary',
    from: range.from,
    to: range.to,
    liveDays: 20,
    effectiveDays: 18,
    sessions: 22,
    liveHours: '76.40',
    peakViewers: 34251,
    viewerHours: '377062.70',
    newFollowers: 11084,
    giftRevenue: '647013.16',
    gmv: '126496.56',
    orders: 900,
    interactions: 12000,
    giftRevenuePerViewerHour: '1.72',
    gmvPerViewerHour: '0.34',
    interactionsPerViewerHour: '30.20',
    ...overrides,
  };
}

function seriesMock(subject: Record<string, string>, values: (string | null)[] | null, error?: GraphQLError) {
  return {
    request: { query: TrafficSeriesChartQuery, variables: { subject, from: range.from, to: range.to, metrics: CHART_METRICS, bucket: 'DAY' } },
    result: error
      ? { data: null, errors: [error] }
      : {
          data: {
            trafficSeries: {
              __typename: 'TrafficSeries',
              bucket: 'DAY',
              from: range.from,
              to: range.to,
              timestamps: [`${range.to}T00:00:00+08:00`],
              metrics: CHART_METRICS.map((metric) => ({ __typename: 'TrafficSeriesValues', metric, values: values ?? ['0.00'] })),
            },
          },
        },
  };
}

function hostMock(trafficSummary: ReturnType<typeof summary> | null) {
  return {
    request: { query: HostTrafficSummaryQuery, variables: { id: HOST_ID, period: { from: range.from, to: range.to } } },
    result: {
      data: {
        employee: {
          __typename: 'Employee',
          id: HOST_ID,
          employeeNo: 'MCN000066',
          name: 'Meng Shuai',
          isHost: true,
          status: 'ACTIVE',
          department: { __typename: 'Department', id: 'RGVwYXJ0bWVudDox', name: 'Beauty Live' },
          team: { __typename: 'Team', id: TEAM_ID, name: 'Beauty 1', lead: { __typename: 'Employee', id: 'RW1wbG95ZWU6MTE=' } },
          trafficSummary,
        },
      },
    },
  };
}

function account(id: string, platform: string, handle: string, externalId: string) {
  return { __typename: 'PlatformAccount', id, platform, handle, externalId };
}

function accountsMock(accounts: ReturnType<typeof account>[]) {
  return {
    request: { query: HostPlatformAccountsQuery, variables: { hostId: HOST_ID, first: 100 } },
    result: {
      data: {
        platformAccounts: { __typename: 'PlatformAccountConnection', totalCount: accounts.length, edges: accounts.map((node) => ({ __typename: 'PlatformAccountEdge', node })) },
      },
    },
  };
}

const DOUYIN = account('UGxhdGZvcm1BY2NvdW50OjE=', 'DOUYIN', '@mcn000066', 'DO4821973310');

function createMock(input: Record<string, unknown>, payload: { account: ReturnType<typeof account> | null; errors: { field: string; code: string; message: string }[] }) {
  return {
    request: { query: PlatformAccountCreateMutation, variables: { input } },
    result: {
      data: {
        platformAccountCreate: {
          __typename: 'PlatformAccountCreatePayload',
          account: payload.account,
          errors: payload.errors.map((error) => ({ __typename: 'TrafficError', ...error })),
        },
      },
    },
  };
}

/** Fills the open account form as a user would: the platform from its dropdown, then the texts. */
async function fillAccountForm(platform: string, handle: string, externalId: string) {
  const form = await screen.findByTestId('platform-account-form');
  fireEvent.mouseDown(within(form).getByTestId('platform-account-form-platform').querySelector('.ant-select-selector')!);
  fireEvent.click(await screen.findByTitle(platform));
  fireEvent.change(within(form).getByTestId('platform-account-form-handle'), { target: { value: handle } });
  fireEvent.change(within(form).getByTestId('platform-account-form-external-id'), { target: { value: externalId } });
}

afterEach(cleanup);

describe('the host traffic page', () => {
  it("shows the period's summary cards with money from the Decimal strings, and the charts", async () => {
    renderPage(<HostTrafficPage />, {
      viewer: LEAD,
      path: '/traffic/hosts/:id',
      url: `/traffic/hosts/${HOST_ID}`,
      mocks: [hostMock(summary()), seriesMock({ hostId: HOST_ID }, ['12.50']), accountsMock([DOUYIN])],
    });
    expect(await screen.findByTestId('traffic-summary-giftRevenue')).toHaveProperty('textContent', '¥647,013.16');
    expect(screen.getByTestId('traffic-summary-liveDays').textContent).toBe('20 days');
    expect(screen.getByTestId('traffic-summary-peakViewers').textContent).toBe('34,251');
    expect(screen.getByTestId('traffic-summary-interactionsPerViewerHour').textContent).toBe('30.20');
    expect((await screen.findByTestId('charts-stub')).textContent).toBe(`DAY:${range.to.slice(5)}`);
    // The lead leads the host's team: its page is linked, keeping the period.
    expect(screen.getByTestId('host-team-traffic').getAttribute('href')).toBe(`/traffic/teams/${TEAM_ID}`);
  });

  it('says what to do when the host did not stream in the period', async () => {
    renderPage(<HostTrafficPage />, {
      viewer: LEAD,
      path: '/traffic/hosts/:id',
      url: `/traffic/hosts/${HOST_ID}`,
      mocks: [hostMock(summary({ liveDays: 0, giftRevenuePerViewerHour: null })), seriesMock({ hostId: HOST_ID }, null), accountsMock([])],
    });
    expect(await screen.findByText('No live sessions in this period. Choose a longer or an earlier range.')).toBeTruthy();
    expect(screen.getByTestId('traffic-summary-giftRevenuePerViewerHour').textContent).toBe('—');
    expect(screen.queryByTestId('charts-stub')).toBeNull();
  });

  it('tells a host out of view apart from a failure', async () => {
    renderPage(<HostTrafficPage />, {
      viewer: LEAD,
      path: '/traffic/hosts/:id',
      url: `/traffic/hosts/${HOST_ID}`,
      mocks: [
        {
          request: { query: HostTrafficSummaryQuery, variables: { id: HOST_ID, period: { from: range.from, to: range.to } } },
          result: { data: { employee: null }, errors: [new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } })] },
        },
        seriesMock({ hostId: HOST_ID }, null, new GraphQLError('No host with this id that you can see.', { extensions: { code: 'NOT_FOUND' } })),
      ],
    });
    expect(await screen.findByText('No such host, or you may not see their traffic.')).toBeTruthy();
  });
});

describe("the host's platform accounts", () => {
  const hostPage = (viewer: typeof HR, mocks: unknown[]) =>
    renderPage(<HostTrafficPage />, {
      viewer,
      path: '/traffic/hosts/:id',
      url: `/traffic/hosts/${HOST_ID}`,
      mocks: [hostMock(summary()), seriesMock({ hostId: HOST_ID }, ['12.50']), ...(mocks as never[])],
    });

  it('lists them for a viewer who may only read traffic, with no way to add one', async () => {
    hostPage(LEAD, [accountsMock([DOUYIN])]);
    expect(await screen.findByText('@mcn000066')).toBeTruthy();
    const card = screen.getByTestId('host-platform-accounts');
    expect(within(card).getByText('Douyin')).toBeTruthy();
    expect(within(card).getByText('DO4821973310')).toBeTruthy();
    expect(screen.queryByTestId('platform-account-add')).toBeNull();
  });

  it('adds one for HR and lists it once saved', async () => {
    const created = account('UGxhdGZvcm1BY2NvdW50Ojk5', 'BILIBILI', '@meng-live', 'bili-3301');
    hostPage(HR, [
      accountsMock([DOUYIN]),
      createMock({ hostId: HOST_ID, platform: 'BILIBILI', handle: '@meng-live', externalId: 'bili-3301', partnerClientId: null }, { account: created, errors: [] }),
      accountsMock([created, DOUYIN]),
    ]);
    fireEvent.click(await screen.findByTestId('platform-account-add'));
    // HR may not read partner clients: there is no source to choose.
    expect(screen.queryByTestId('platform-account-form-partner')).toBeNull();
    await fillAccountForm('Bilibili', ' @meng-live ', 'bili-3301');
    fireEvent.click(screen.getByTestId('platform-account-form-submit'));
    expect(await screen.findByText('@meng-live')).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('platform-account-form')).toBeNull());
    expect(within(screen.getByTestId('host-platform-accounts')).getByText('Bilibili')).toBeTruthy();
  });

  it("shows a refused account id under its field and keeps the form as typed", async () => {
    hostPage(HR, [
      accountsMock([DOUYIN]),
      createMock(
        { hostId: HOST_ID, platform: 'DOUYIN', handle: '@again', externalId: 'DO4821973310', partnerClientId: null },
        { account: null, errors: [{ field: 'externalId', code: 'DUPLICATE', message: 'This DOUYIN account is already registered.' }] },
      ),
    ]);
    fireEvent.click(await screen.findByTestId('platform-account-add'));
    await fillAccountForm('Douyin', '@again', 'DO4821973310');
    fireEvent.click(screen.getByTestId('platform-account-form-submit'));
    const externalIdItem = (await screen.findByTestId('platform-account-form-external-id')).closest('.ant-form-item')!;
    await waitFor(() => expect(externalIdItem.querySelector('.ant-form-item-explain-error')?.textContent).toBe('Already taken; choose another'));
    expect(screen.getByTestId('platform-account-form-handle')).toHaveProperty('value', '@again');
    expect(screen.queryByTestId('platform-account-form-error')).toBeNull();
  });
});

describe('the team traffic page', () => {
  it("shows a team the viewer may not see as not found, whatever the org data says", async () => {
    renderPage(<TeamTrafficPage />, {
      viewer: LEAD,
      path: '/traffic/teams/:id',
      url: '/traffic/teams/VGVhbTox',
      mocks: [
        {
          request: { query: TeamTrafficDetailsQuery, variables: { id: 'VGVhbTox' } },
          result: {
            data: {
              node: { __typename: 'Team', id: 'VGVhbTox', name: 'Control 1', headcount: 5, department: { __typename: 'Department', id: 'D', name: 'Live Ops' }, lead: null },
            },
          },
        },
        seriesMock({ teamId: 'VGVhbTox' }, null, new GraphQLError('No team with this id whose traffic you can see.', { extensions: { code: 'NOT_FOUND', field: 'subject.teamId' } })),
        {
          request: { query: TeamTrafficSummaryQuery, variables: { teamId: 'VGVhbTox', from: range.from, to: range.to } },
          result: { data: { trafficLeaderboard: [] } },
        },
        {
          request: { query: TeamTrafficLeaderboardQuery, variables: { teamId: 'VGVhbTox', from: range.from, to: range.to, metric: 'GIFT_REVENUE', first: 20 } },
          result: { data: { trafficLeaderboard: [] } },
        },
      ],
    });
    await waitFor(() => expect(screen.getByText('This team does not exist, or you may not see its traffic.')).toBeTruthy());
    expect(screen.queryByTestId('team-traffic-page')).toBeNull();
  });
});
