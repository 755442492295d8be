import { graphql } from '@/graphql/generated';

/** The dashboard's "contracts expiring in 30 days" card: how many, and the next five (soonest first). */
export const HomeExpiringContractsQuery = graphql(`
  query HomeExpiringContracts($days: Int!) {
    contracts(first: 5, filter: { expiringWithinDays: $days }) {
      totalCount
      edges {
        node {
          id
          number
          status
          endsOn
          employee {
            id
            name
          }
        }
      }
    }
  }
`);

/** The newest alerts when the dashboard opens; the live feed puts later ones on top (no polling). */
export const HomeRecentAlertsQuery = graphql(`
  query HomeRecentAlerts($first: Int!) {
    alerts(first: $first) {
      edges {
        node {
          ...AlertFields
        }
      }
    }
  }
`);

/** Top hosts by gift revenue: the server ranks only the hosts the viewer may see (a lead: their teams). */
export const HomeTrafficMoversQuery = graphql(`
  query HomeTrafficMovers($from: Date!, $to: Date!, $first: Int!) {
    trafficLeaderboard(by: HOST, from: $from, to: $to, metric: GIFT_REVENUE, first: $first) {
      rank
      value
      host {
        id
        name
        employeeNo
        team {
          id
          name
        }
      }
    }
  }
`);

/** An employee's own traffic over the period, when they are a host. */
export const HomeMyTrafficQuery = graphql(`
  query HomeMyTraffic($period: DateRangeInput!, $withTraffic: Boolean!) {
    viewer {
      employee {
        id
        isHost
        trafficSummary(period: $period) @include(if: $withTraffic) {
          from
          to
          liveDays
          liveHours
          viewerHours
          newFollowers
          giftRevenue
          gmv
        }
      }
    }
  }
`);

/** Headcount, hires, exits and attrition by month, over the employees the viewer may see (a lead: their team). */
export const HomeWorkforceTrendQuery = graphql(`
  query HomeWorkforceTrend($from: Date!, $to: Date!) {
    workforceTrend(from: $from, to: $to) {
      months
      headcount
      hires
      exits
      voluntaryExits
      attritionRatePercent
      annualisedAttritionRatePercent
    }
  }
`);
