import { graphql } from '@/graphql/generated';

export const TrainingProgramCreateMutation = graphql(`
  mutation TrainingProgramCreate($input: TrainingProgramCreateInput!) {
    trainingProgramCreate(input: $input) {
      program {
        ...TrainingProgramFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const TrainingProgramUpdateMutation = graphql(`
  mutation TrainingProgramUpdate($input: TrainingProgramUpdateInput!) {
    trainingProgramUpdate(input: $input) {
      program {
        ...TrainingProgramFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const TrainingSessionCreateMutation = graphql(`
  mutation TrainingSessionCreate($input: TrainingSessionCreateInput!) {
    trainingSessionCreate(input: $input) {
      session {
        ...TrainingSessionFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const TrainingSessionUpdateMutation = graphql(`
  mutation TrainingSessionUpdate($input: TrainingSessionUpdateInput!) {
    trainingSessionUpdate(input: $input) {
      session {
        ...TrainingSessionFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const TrainingPlanCreateMutation = graphql(`
  mutation TrainingPlanCreate($input: TrainingPlanCreateInput!) {
    trainingPlanCreate(input: $input) {
      plan {
        ...TrainingPlanFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const TrainingPlanApplyMutation = graphql(`
  mutation TrainingPlanApply($input: TrainingPlanApplyInput!) {
    trainingPlanApply(input: $input) {
      assigned
      plan {
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

export const EnrolmentAssignMutation = graphql(`
  mutation EnrolmentAssign($input: EnrolmentAssignInput!) {
    enrolmentAssign(input: $input) {
      enrolment {
        ...EnrolmentFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const EnrolmentEnrolMutation = graphql(`
  mutation EnrolmentEnrol($input: EnrolmentEnrolInput!) {
    enrolmentEnrol(input: $input) {
      enrolment {
        ...EnrolmentFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const EnrolmentCompleteMutation = graphql(`
  mutation EnrolmentComplete($input: EnrolmentCompleteInput!) {
    enrolmentComplete(input: $input) {
      enrolment {
        ...EnrolmentFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const EnrolmentCancelMutation = graphql(`
  mutation EnrolmentCancel($input: EnrolmentIdInput!) {
    enrolmentCancel(input: $input) {
      enrolment {
        ...EnrolmentFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
