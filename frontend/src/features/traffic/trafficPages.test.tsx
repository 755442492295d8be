// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeViewer, renderPage } from '@/app/testing';
import type { ChartData } from './seriesData';
import HostTrafficPage from './HostTrafficPage';
import { HostTrafficSummaryQuery, TeamTrafficDetailsQuery, TeamTrafficLeaderboardQuery, TeamTrafficSummaryQuery, TrafficSeriesChartQuery } from './queries';
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

afterEach(cleanup);

describe('the host traffic page', () => {
  it("shows the period's summary cards with money from the Decimal strings, and the charts", async () => {
    renderPage(<HostTrafficPage />, {
      viewer: LEAD,
      path: '/traffic/hosts/:id',
      url: `/traffic/hosts/${HOST_ID}`,
      mocks: [hostMock(summary()), seriesMock({ hostId: HOST_ID }, ['12.50'])],
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
      mocks: [hostMock(summary({ liveDays: 0, giftRevenuePerViewerHour: null })), seriesMock({ hostId: HOST_ID }, null)],
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
