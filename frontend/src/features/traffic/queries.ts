import { graphql } from '@/graphql/generated';

/** Totals over a period, as the summary cards and the leaderboards show them. */
export const TrafficSummaryFieldsFragment = graphql(`
  fragment TrafficSummaryFields on TrafficSummary {
    from
    to
    liveDays
    effectiveDays
    sessions
    liveHours
    peakViewers
    viewerHours
    newFollowers
    giftRevenue
    gmv
    orders
    interactions
    giftRevenuePerViewerHour
    gmvPerViewerHour
    interactionsPerViewerHour
  }
`);

/**
 * The charts' numbers: one compact array per metric, `timestamps[i]` starting bucket i.
 * Its own operation, so an error here (a range the API refuses, a subject out of view)
 * leaves the cards and the leaderboard standing.
 */
export const TrafficSeriesChartQuery = graphql(`
  query TrafficSeriesChart($subject: TrafficSubjectInput!, $from: Date!, $to: Date!, $metrics: [TrafficMetric!]!, $bucket: TrafficBucket!) {
    trafficSeries(subject: $subject, from: $from, to: $to, metrics: $metrics, bucket: $bucket) {
      bucket
      from
      to
      timestamps
      metrics {
        metric
        values
      }
    }
  }
`);

export const HostTrafficSummaryQuery = graphql(`
  query HostTrafficSummary($id: ID!, $period: DateRangeInput!) {
    employee(id: $id) {
      id
      employeeNo
      name
      isHost
      status
      department {
        id
        name
      }
      team {
        id
        name
        lead {
          id
        }
      }
      trafficSummary(period: $period) {
        ...TrafficSummaryFields
      }
    }
  }
`);

export const TeamTrafficDetailsQuery = graphql(`
  query TeamTrafficDetails($id: ID!) {
    node(id: $id) {
      id
      ... on Team {
        name
        headcount
        department {
          id
          name
        }
        lead {
          id
          name
        }
      }
    }
  }
`);

/** The team's own totals: a team ranking narrowed to that one team. */
export const TeamTrafficSummaryQuery = graphql(`
  query TeamTrafficSummary($teamId: ID!, $from: Date!, $to: Date!) {
    trafficLeaderboard(by: TEAM, teamId: $teamId, from: $from, to: $to, first: 1) {
      rank
      team {
        id
      }
      summary {
        ...TrafficSummaryFields
      }
    }
  }
`);

export const TeamTrafficLeaderboardQuery = graphql(`
  query TeamTrafficLeaderboard($teamId: ID!, $from: Date!, $to: Date!, $metric: TrafficMetric!, $first: Int!) {
    trafficLeaderboard(by: HOST, teamId: $teamId, from: $from, to: $to, metric: $metric, first: $first) {
      rank
      value
      host {
        id
        name
        employeeNo
      }
      summary {
        ...TrafficSummaryFields
      }
    }
  }
`);

/**
 * The landing page: the teams (org.read lists them all), each team's totals for the period
 * (the server ranks only the teams whose traffic the viewer may see), and whether the viewer
 * is a host with a traffic page of their own.
 */
export const TeamTrafficOverviewQuery = graphql(`
  query TeamTrafficOverview($from: Date!, $to: Date!, $withTeams: Boolean!) {
    viewer {
      employee {
        id
        name
        isHost
      }
    }
    teams(first: 100) @include(if: $withTeams) {
      totalCount
      edges {
        node {
          id
          name
          headcount
          department {
            id
            name
          }
          lead {
            id
            name
          }
        }
      }
    }
    trafficLeaderboard(by: TEAM, from: $from, to: $to, metric: GIFT_REVENUE, first: 100) {
      rank
      value
      team {
        id
        name
      }
      summary {
        ...TrafficSummaryFields
      }
    }
  }
`);

/** A host's accounts on the streaming platforms (the platforms' own handles and ids). */
export const HostPlatformAccountsQuery = graphql(`
  query HostPlatformAccounts($hostId: ID!, $first: Int!) {
    platformAccounts(first: $first, filter: { hostId: $hostId }) {
      totalCount
      edges {
        node {
          id
          platform
          handle
          externalId
        }
      }
    }
  }
`);
