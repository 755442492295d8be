import { graphql } from '@/graphql/generated';

export const KpiTemplateSaveMutation = graphql(`
  mutation KpiTemplateSave($input: KpiTemplateSaveInput!) {
    kpiTemplateSave(input: $input) {
      template {
        ...KpiTemplateFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const ReviewCycleOpenMutation = graphql(`
  mutation ReviewCycleOpen($input: ReviewCycleOpenInput!) {
    reviewCycleOpen(input: $input) {
      cycle {
        ...ReviewCycleFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const ReviewCycleAdvanceMutation = graphql(`
  mutation ReviewCycleAdvance($id: ID!) {
    reviewCycleAdvance(input: { id: $id }) {
      cycle {
        ...ReviewCycleFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const ReviewCycleRecomputeMutation = graphql(`
  mutation ReviewCycleRecompute($id: ID!) {
    reviewCycleRecompute(input: { id: $id }) {
      cycle {
        ...ReviewCycleFields
      }
      changed
      errors {
        field
        code
        message
      }
    }
  }
`);

export const ReviewRateMutation = graphql(`
  mutation ReviewRate($input: ReviewRateInput!) {
    reviewRate(input: $input) {
      review {
        ...ReviewRowFields
        lines {
          ...ReviewLineFields
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

export const ReviewCalibrateMutation = graphql(`
  mutation ReviewCalibrate($input: ReviewCalibrateInput!) {
    reviewCalibrate(input: $input) {
      review {
        ...ReviewRowFields
        lines {
          ...ReviewLineFields
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

export const ReviewAcknowledgeMutation = graphql(`
  mutation ReviewAcknowledge($id: ID!) {
    reviewAcknowledge(input: { id: $id }) {
      review {
        id
        acknowledgedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
