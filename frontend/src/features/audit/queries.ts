import { graphql } from '@/graphql/generated';

export const AuditEventListQuery = graphql(`
  query AuditEventList($first: Int!, $after: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          at
          actorKind
          actorLabel
          action
          targetType
          targetId
          employeeId
          fields
          ip
        }
      }
    }
  }
`);
