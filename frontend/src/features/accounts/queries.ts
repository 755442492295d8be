import { graphql } from '@/graphql/generated';

export const ViewerDetailsQuery = graphql(`
  query ViewerDetails {
    viewer {
      email
      roles
      permissions
      rowScope
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

export const PartnerClientFieldsFragment = graphql(`
  fragment PartnerClientFields on PartnerClient {
    id
    clientId
    name
    scopes
    isActive
    rateLimitPerMinute
    createdAt
    secretRotatedAt
    revokedAt
    linkedHostIds
    linkedTeamIds
  }
`);

export const PartnerClientListQuery = graphql(`
  query PartnerClientList($first: Int!, $after: String) {
    partnerClients(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...PartnerClientFields
        }
      }
    }
  }
`);

/** The teams a partner client may be linked to (its row scope: their members). */
export const PartnerClientFormOptionsQuery = graphql(`
  query PartnerClientFormOptions {
    teams(first: 100) {
      edges {
        node {
          id
          name
          department {
            id
            name
          }
        }
      }
    }
  }
`);

export const UserListQuery = graphql(`
  query UserList($first: Int!, $after: String, $search: String) {
    users(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          email
          isActive
          roles
          employee {
            id
            name
            employeeNo
          }
        }
      }
    }
  }
`);

export const RoleListQuery = graphql(`
  query RoleList {
    roles {
      name
      description
      permissions
      rowScope
      builtIn
    }
  }
`);
