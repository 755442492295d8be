import { graphql } from '@/graphql/generated';

/** A KPI template as the editor shows and edits it. */
export const KpiTemplateFieldsFragment = graphql(`
  fragment KpiTemplateFields on KpiTemplate {
    id
    name
    updatedAt
    position {
      id
      title
    }
    indicators {
      name
      source
      weight
      target
      curve {
        kind
        capPercent
        floorPercent
      }
    }
  }
`);

export const KpiTemplateListQuery = graphql(`
  query KpiTemplateList {
    kpiTemplates(first: 100) {
      totalCount
      edges {
        node {
          ...KpiTemplateFields
        }
      }
    }
  }
`);

/** The positions a template can be made for (org.read). */
export const KpiTemplatePositionsQuery = graphql(`
  query KpiTemplatePositions {
    positions(first: 100) {
      edges {
        node {
          id
          title
          level
        }
      }
    }
  }
`);

export const ReviewCycleFieldsFragment = graphql(`
  fragment ReviewCycleFields on ReviewCycle {
    id
    name
    kind
    periodStart
    periodEnd
    status
    createdAt
  }
`);

export const ReviewCycleListQuery = graphql(`
  query ReviewCycleList($first: Int!, $after: String) {
    reviewCycles(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ReviewCycleFields
        }
      }
    }
  }
`);

export const ReviewCycleDetailsQuery = graphql(`
  query ReviewCycleDetails($id: ID!) {
    reviewCycle(id: $id) {
      ...ReviewCycleFields
    }
  }
`);

/** A review as the lists show it: the score, the rating, what it waits for. No pay anywhere. */
export const ReviewRowFieldsFragment = graphql(`
  fragment ReviewRowFields on Review {
    id
    templateName
    score
    weighted
    managerRating
    managerComment
    acknowledgedAt
    updatedAt
    waitingFor
    unscoredReason
    employee {
      id
      employeeNo
      name
      team {
        id
        name
      }
    }
    cycle {
      id
      name
      status
      periodStart
      periodEnd
    }
    calibration {
      points
      applied
      reason
      explanation
    }
  }
`);

/** The scorecard: each indicator's working, line by line. */
export const ReviewLineFieldsFragment = graphql(`
  fragment ReviewLineFields on ReviewLine {
    indicator
    source
    actual
    score
    weight
    contribution
    explanation
  }
`);

export const ReviewListQuery = graphql(`
  query ReviewList($first: Int!, $after: String, $filter: ReviewFilter) {
    reviews(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ReviewRowFields
        }
      }
    }
  }
`);

/** Cursors only: lets a deep link (`?page=4`) find the `after` cursor of its page. */
export const ReviewListCursorsQuery = graphql(`
  query ReviewListCursors($first: Int!, $after: String, $filter: ReviewFilter) {
    reviews(first: $first, after: $after, filter: $filter) {
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

export const ReviewDetailsQuery = graphql(`
  query ReviewDetails($id: ID!) {
    review(id: $id) {
      ...ReviewRowFields
      cycle {
        id
        kind
      }
      lines {
        ...ReviewLineFields
      }
    }
  }
`);

/** One's own reviews with their scorecards (an employee sees those of closed cycles only). */
export const MyReviewListQuery = graphql(`
  query MyReviewList($employeeId: ID!) {
    reviews(first: 24, filter: { employeeId: $employeeId }) {
      totalCount
      edges {
        node {
          ...ReviewRowFields
          lines {
            ...ReviewLineFields
          }
        }
      }
    }
  }
`);
