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

export const AutomationRuleCreateMutation = graphql(`
  mutation AutomationRuleCreate($input: AutomationRuleCreateInput!) {
    automationRuleCreate(input: $input) {
      rule {
        id
        name
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** "Deleting" disables the rule: its runs and actions stay as the history its outcome is measured on. */
export const AutomationRuleDeleteMutation = graphql(`
  mutation AutomationRuleDelete($input: AutomationRuleIdInput!) {
    automationRuleDelete(input: $input) {
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
