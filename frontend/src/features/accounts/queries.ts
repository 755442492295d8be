import { graphql } from '@/graphql/generated';

export const ViewerDetailsQuery = graphql(`
  query ViewerDetails {
    viewer {
      email
      roles
      permissions
      employee {
        id
        name
        employeeNo
      }
    }
  }
`);

export const ViewerDashboardQuery = graphql(`
  query ViewerDashboard($withEmployees: Boolean!, $withOrg: Boolean!) {
    employees(first: 1) @include(if: $withEmployees) {
      totalCount
    }
    activeEmployees: employees(first: 1, filter: { status: [ACTIVE, PROBATION] }) @include(if: $withEmployees) {
      totalCount
    }
    departments(first: 1) @include(if: $withOrg) {
      totalCount
    }
    teams(first: 1) @include(if: $withOrg) {
      totalCount
    }
  }
`);
