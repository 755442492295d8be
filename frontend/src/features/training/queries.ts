import { graphql } from '@/graphql/generated';

export const TrainingProgramFieldsFragment = graphql(`
  fragment TrainingProgramFields on TrainingProgram {
    id
    code
    name
    category
    hours
    costPerHead
    description
    active
  }
`);

export const TrainingProgramListQuery = graphql(`
  query TrainingProgramList($first: Int!, $after: String, $filter: TrainingProgramFilter) {
    trainingPrograms(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...TrainingProgramFields
        }
      }
    }
  }
`);

export const TrainingProgramDetailsQuery = graphql(`
  query TrainingProgramDetails($id: ID!) {
    trainingProgram(id: $id) {
      ...TrainingProgramFields
    }
  }
`);

export const TrainingSessionFieldsFragment = graphql(`
  fragment TrainingSessionFields on TrainingSession {
    id
    startsAt
    endsAt
    location
    trainer
    capacity
  }
`);

export const TrainingSessionListQuery = graphql(`
  query TrainingSessionList($first: Int!, $after: String, $filter: TrainingSessionFilter) {
    trainingSessions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...TrainingSessionFields
        }
      }
    }
  }
`);

/** Seats booked on a session: enrolled, completed or no-show, as the server counts them against capacity. */
export const TrainingSessionSeatsQuery = graphql(`
  query TrainingSessionSeats($sessionId: ID!) {
    enrolments(first: 1, filter: { sessionId: $sessionId, status: [ENROLLED, COMPLETED, NO_SHOW] }) {
      totalCount
    }
  }
`);

export const TrainingPlanFieldsFragment = graphql(`
  fragment TrainingPlanFields on TrainingPlan {
    id
    name
    description
    mandatory
    dueDays
    hostsOnly
    department {
      id
      name
    }
    position {
      id
      title
    }
    programs {
      id
      code
      name
    }
  }
`);

export const TrainingPlanListQuery = graphql(`
  query TrainingPlanList($first: Int!, $after: String, $mandatory: Boolean) {
    trainingPlans(first: $first, after: $after, mandatory: $mandatory) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...TrainingPlanFields
        }
      }
    }
  }
`);

/** Departments and positions a plan may be limited to (org.read). */
export const TrainingPlanTargetsQuery = graphql(`
  query TrainingPlanTargets {
    departments(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    positions(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export const EnrolmentFieldsFragment = graphql(`
  fragment EnrolmentFields on Enrolment {
    id
    status
    source
    assignedOn
    dueOn
    completedOn
    score
    overdue
    employee {
      id
      employeeNo
      name
      team {
        id
        name
      }
    }
    program {
      id
      code
      name
      hours
    }
    session {
      id
      startsAt
      endsAt
      location
    }
    plan {
      id
      name
      mandatory
    }
  }
`);

export const EnrolmentListQuery = graphql(`
  query EnrolmentList($first: Int!, $after: String, $filter: EnrolmentFilter) {
    enrolments(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...EnrolmentFields
        }
      }
    }
  }
`);

/** Cursors only: lets a deep link (`?page=4`) find the `after` cursor of its page. */
export const EnrolmentListCursorsQuery = graphql(`
  query EnrolmentListCursors($first: Int!, $after: String, $filter: EnrolmentFilter) {
    enrolments(first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
      }
      edges {
        cursor
      }
    }
  }
`);
