import { graphql } from '@/graphql/generated';

/** One run of a rule, as the run log shows it. */
export const AutomationRunFieldsFragment = graphql(`
  fragment AutomationRunFields on AutomationRun {
    id
    startedAt
    finishedAt
    triggeredBy
    matched
    acted
    skipped
    error
  }
`);

/** What came of a rule: the two groups, attrition and output with their intervals. */
export const AutomationOutcomeFieldsFragment = graphql(`
  fragment AutomationOutcomeFields on AutomationOutcome {
    windowDays
    method
    methodNote
    minimumGroup
    pending
    notes
    acted {
      n
      leavers
      attritionRate
      firstDay
      lastDay
    }
    comparison {
      n
      leavers
      attritionRate
      firstDay
      lastDay
    }
    attrition {
      enough
      actedRate
      comparisonRate
      difference
      differenceLow
      differenceHigh
      summary
    }
    revenue {
      measure
      enough
      actedN
      comparisonN
      did
      didLow
      didHigh
      summary
    }
    reviewScore {
      measure
      enough
      actedN
      comparisonN
      did
      didLow
      didHigh
      summary
    }
  }
`);

export const AutomationRuleListQuery = graphql(`
  query AutomationRuleList($first: Int!, $after: String) {
    automationRules(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          name
          triggerKind
          triggerParams
          enabled
          cooldownDays
          actions {
            kind
          }
          lastRun {
            ...AutomationRunFields
          }
          outcome {
            method
            pending
            acted {
              n
            }
            comparison {
              n
            }
            attrition {
              enough
              difference
              differenceLow
              differenceHigh
            }
          }
        }
      }
    }
  }
`);

export const AutomationRuleDetailQuery = graphql(`
  query AutomationRuleDetail($id: ID!, $windowDays: Int!) {
    automationRule(id: $id) {
      id
      name
      description
      triggerKind
      triggerParams
      enabled
      cooldownDays
      actions {
        kind
        params
      }
      runs(first: 50) {
        edges {
          node {
            ...AutomationRunFields
          }
        }
      }
      outcome(windowDays: $windowDays) {
        ...AutomationOutcomeFields
      }
    }
  }
`);

/** The training plans an ASSIGN_TRAINING_PLAN action can pick from (by name). */
export const AutomationTrainingPlanOptionsQuery = graphql(`
  query AutomationTrainingPlanOptions {
    trainingPlans(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const HrTaskListQuery = graphql(`
  query HrTaskList($first: Int!, $after: String, $filter: HrTaskFilter) {
    hrTasks(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          description
          status
          dueOn
          assigneeEmail
          completedAt
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
