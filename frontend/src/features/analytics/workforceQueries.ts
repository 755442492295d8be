import { graphql } from '@/graphql/generated';

/** The dashboard's workforce half: breakdown by group over the period, retention by hire quarter. */
export const WorkforceDashboardQuery = graphql(`
  query WorkforceDashboard($from: Date!, $to: Date!, $cohortsFrom: Date!, $by: WorkforceBreakdownBy!) {
    workforceBreakdown(from: $from, to: $to, by: $by) {
      groups {
        key
        label
        headcountStart
        headcountEnd
        hires
        exits
        voluntaryExits
        attritionRatePercent
        annualisedAttritionRatePercent
      }
    }
    retentionCurves(cohort: QUARTER, from: $cohortsFrom, to: $to, exits: VOLUNTARY) {
      label
      size
      months
      atRisk
      survival
      ciLow
      ciHigh
    }
  }
`);

/** Efficiency by department and month (efficiency.read only). */
export const EfficiencyDashboardQuery = graphql(`
  query EfficiencyDashboard($from: Date!, $to: Date!) {
    efficiency(from: $from, to: $to, by: DEPARTMENT, bucket: MONTH) {
      buckets
      groups {
        key
        label
        revenue
        revenueSource
        peopleCost
        averageHeadcount
        revenuePerHead
        humanCapitalRoi
      }
    }
  }
`);

/** One employee's 360 profile; sections the viewer may not read come back null (FORBIDDEN). */
export const EmployeeProfileQuery = graphql(`
  query EmployeeProfile($id: ID!) {
    employee(id: $id) {
      id
      name
      employeeNo
      status
      hiredOn
      isHost
      department {
        id
        name
      }
      team {
        id
        name
      }
      position {
        id
        title
      }
      profile {
        contract {
          number
          contractType
          status
          startsOn
          endsOn
          daysLeft
        }
        pay {
          baseSalary
          positionMedian
          vsMedianPercent
        }
        reviewScores {
          cycle
          periodEnd
          score
        }
        traffic {
          months
          giftRevenue
          gmv
          liveHours
        }
        training {
          completed12Months
          hours12Months
          openMandatory
          overdueMandatory
        }
        attendance {
          months
          lateCount
          lateMinutes
          absentDays
          leaveDays
        }
        history {
          id
          kind
          occurredOn
        }
        risk {
          score
          band
          drivers {
            feature
            text
          }
        }
      }
    }
  }
`);
