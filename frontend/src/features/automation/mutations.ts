import { graphql } from '@/graphql/generated';

export const AutomationRuleRunMutation = graphql(`
  mutation AutomationRuleRun($input: AutomationRuleRunInput!) {
    automationRuleRun(input: $input) {
      matched
      acted
      skipped
      runErrors
      run {
        id
      }
      wouldAct {
        kind
        matched
        employee {
          id
          name
          employeeNo
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const AutomationRuleUpdateMutation = graphql(`
  mutation AutomationRuleEnable($input: AutomationRuleUpdateInput!) {
    automationRuleUpdate(input: $input) {
      rule {
        id
        enabled
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const HrTaskCompleteMutation = graphql(`
  mutation HrTaskComplete($input: HrTaskIdInput!) {
    hrTaskComplete(input: $input) {
      task {
        id
        status
        completedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
