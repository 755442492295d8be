import { graphql } from '@/graphql/generated';

export const PayslipLineFieldsFragment = graphql(`
  fragment PayslipLineFields on PayslipLine {
    position
    kind
    amount
    explanation
  }
`);

export const PayrollRunFieldsFragment = graphql(`
  fragment PayrollRunFields on PayrollRun {
    id
    month
    periodEnd
    scope
    scopeName
    status
    payslipCount
    totalBase
    totalCommission
    totalAdjustments
    totalGross
    computedAt
    lockedAt
  }
`);

export const PayrollRunListQuery = graphql(`
  query PayrollRunList($first: Int!, $after: String, $filter: PayrollRunFilter) {
    payrollRuns(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...PayrollRunFields
        }
      }
    }
  }
`);

/** Cursors only: lets a deep link (`?page=4`) find the `after` cursor of its page. */
export const PayrollRunListCursorsQuery = graphql(`
  query PayrollRunListCursors($first: Int!, $after: String, $filter: PayrollRunFilter) {
    payrollRuns(first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
      }
    }
  }
`);

/** A run's totals and its teams' shares: the first step from the totals down to the lines. */
export const PayrollRunDetailsQuery = graphql(`
  query PayrollRunDetails($id: ID!) {
    payrollRun(id: $id) {
      ...PayrollRunFields
      teams {
        teamId
        teamName
        payslips
        base
        commission
        adjustments
        gross
      }
    }
  }
`);

/** One page of a run's payslips (largest gross first), each with its explained lines. */
export const PayrollRunPayslipsQuery = graphql(`
  query PayrollRunPayslips($id: ID!, $first: Int!, $after: String, $teamId: ID, $search: String) {
    payrollRun(id: $id) {
      id
      payslips(first: $first, after: $after, teamId: $teamId, search: $search) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            base
            commission
            adjustments
            gross
            locked
            employee {
              id
              employeeNo
              name
            }
            lines {
              ...PayslipLineFields
            }
          }
        }
      }
    }
  }
`);

export const PayrollRunPayslipCursorsQuery = graphql(`
  query PayrollRunPayslipCursors($id: ID!, $first: Int!, $after: String, $teamId: ID, $search: String) {
    payrollRun(id: $id) {
      id
      payslips(first: $first, after: $after, teamId: $teamId, search: $search) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
        }
      }
    }
  }
`);

export const PayrollAdjustmentListQuery = graphql(`
  query PayrollAdjustmentList($month: Date!) {
    payrollAdjustments(month: $month, first: 100) {
      totalCount
      edges {
        node {
          id
          month
          amount
          reason
          correctsMonth
          createdAt
          employee {
            id
            employeeNo
            name
          }
        }
      }
    }
  }
`);

/** What a new run may be limited to. */
export const PayrollScopeOptionsQuery = graphql(`
  query PayrollScopeOptions {
    departments(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    teams(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** People to pick for an adjustment, a preview or a host's own plan, by name or employee number. */
export const CompensationEmployeeOptionsQuery = graphql(`
  query CompensationEmployeeOptions($search: String, $isHost: Boolean) {
    employees(first: 20, filter: { search: $search, isHost: $isHost }) {
      edges {
        node {
          id
          employeeNo
          name
          team {
            id
            name
          }
        }
      }
    }
  }
`);

export const CommissionPlanListQuery = graphql(`
  query CommissionPlanList($first: Int!, $after: String) {
    commissionPlans(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          description
          rules
          updatedAt
          assignments {
            id
            effectiveTo
          }
        }
      }
    }
  }
`);

export const PlanAssignmentFieldsFragment = graphql(`
  fragment PlanAssignmentFields on PlanAssignment {
    id
    scope
    targetId
    targetName
    effectiveFrom
    effectiveTo
  }
`);

export const CommissionPlanDetailsQuery = graphql(`
  query CommissionPlanDetails($id: ID!) {
    commissionPlan(id: $id) {
      id
      name
      description
      rules
      updatedAt
      assignments {
        ...PlanAssignmentFields
      }
    }
  }
`);

/** Names for assignment targets: positions and teams (hosts are looked up one by one). */
export const PlanTargetOptionsQuery = graphql(`
  query PlanTargetOptions {
    positions(first: 100) {
      edges {
        node {
          id
          title
          level
          isHostRole
        }
      }
    }
    teams(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CommissionPlanPreviewQuery = graphql(`
  query CommissionPlanPreview($input: CommissionPlanPreviewInput!) {
    commissionPlanPreview(input: $input) {
      total
      lines {
        ...PayslipLineFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** An employee's own payslips (of locked runs), newest month first. */
export const MyPayslipListQuery = graphql(`
  query MyPayslipList($employeeId: ID!, $first: Int!, $after: String) {
    payslips(employeeId: $employeeId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          month
          base
          commission
          adjustments
          gross
          lines {
            ...PayslipLineFields
          }
        }
      }
    }
  }
`);

/** Finance's home card: the latest runs. */
export const HomePayrollStatusQuery = graphql(`
  query HomePayrollStatus {
    payrollRuns(first: 4) {
      totalCount
      edges {
        node {
          id
          month
          scope
          scopeName
          status
          payslipCount
          totalGross
        }
      }
    }
  }
`);
