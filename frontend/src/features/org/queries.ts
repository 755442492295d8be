import { graphql } from '@/graphql/generated';

export const DepartmentListQuery = graphql(`
  query DepartmentList {
    departments(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          code
          headcount
          parent {
            id
            name
          }
        }
      }
    }
  }
`);

export const TeamListQuery = graphql(`
  query TeamList($first: Int!, $after: String, $filter: TeamFilter) {
    teams(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
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
  }
`);

export const PositionListQuery = graphql(`
  query PositionList {
    positions(first: 100) {
      totalCount
      edges {
        node {
          id
          title
          level
          isHostRole
        }
      }
    }
  }
`);
