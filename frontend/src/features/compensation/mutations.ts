import { graphql } from '@/graphql/generated';

export const PayrollRunCreateMutation = graphql(`
  mutation PayrollRunCreate($input: PayrollRunCreateInput!) {
    payrollRunCreate(input: $input) {
      run {
        ...PayrollRunFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const PayrollRunComputeMutation = graphql(`
  mutation PayrollRunCompute($input: PayrollRunIdInput!) {
    payrollRunCompute(input: $input) {
      run {
        ...PayrollRunFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const PayrollRunLockMutation = graphql(`
  mutation PayrollRunLock($input: PayrollRunIdInput!) {
    payrollRunLock(input: $input) {
      run {
        ...PayrollRunFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const PayrollAdjustmentCreateMutation = graphql(`
  mutation PayrollAdjustmentCreate($input: PayrollAdjustmentCreateInput!) {
    payrollAdjustmentCreate(input: $input) {
      adjustment {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const PayrollAdjustmentDeleteMutation = graphql(`
  mutation PayrollAdjustmentDelete($input: PayrollAdjustmentIdInput!) {
    payrollAdjustmentDelete(input: $input) {
      errors {
        field
        code
        message
      }
    }
  }
`);

export const CommissionPlanSaveMutation = graphql(`
  mutation CommissionPlanSave($input: CommissionPlanSaveInput!) {
    commissionPlanSave(input: $input) {
      plan {
        id
        name
        description
        rules
        updatedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const PlanAssignMutation = graphql(`
  mutation PlanAssign($input: PlanAssignInput!) {
    planAssign(input: $input) {
      assignment {
        ...PlanAssignmentFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const PlanAssignmentEndMutation = graphql(`
  mutation PlanAssignmentEnd($input: PlanAssignmentEndInput!) {
    planAssignmentEnd(input: $input) {
      assignment {
        ...PlanAssignmentFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
