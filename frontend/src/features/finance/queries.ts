import { graphql } from '@/graphql/generated';

export const FinancialFiguresQuery = graphql(`
  query FinancialFigures($month: Date!) {
    departments(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    financialFigures(month: $month, first: 100) {
      edges {
        node {
          id
          revenue
          operatingCost
          note
          enteredBy
          updatedAt
          department {
            id
          }
          team {
            id
          }
        }
      }
    }
  }
`);

export const FinancialFigureUpsertMutation = graphql(`
  mutation FinancialFigureUpsert($input: FinancialFigureUpsertInput!) {
    financialFigureUpsert(input: $input) {
      figure {
        id
        revenue
        operatingCost
        note
        enteredBy
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
