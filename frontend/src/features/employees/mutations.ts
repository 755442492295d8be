import { graphql } from '@/graphql/generated';

export const EmployeeCreateMutation = graphql(`
  mutation EmployeeCreate($input: EmployeeCreateInput!) {
    employeeCreate(input: $input) {
      employee {
        id
        employeeNo
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const EmployeeUpdateMutation = graphql(`
  mutation EmployeeUpdate($input: EmployeeUpdateInput!) {
    employeeUpdate(input: $input) {
      employee {
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

export const EmployeeTransferMutation = graphql(`
  mutation EmployeeTransfer($input: EmployeeTransferInput!) {
    employeeTransfer(input: $input) {
      employee {
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

export const EmployeeTerminateMutation = graphql(`
  mutation EmployeeTerminate($input: EmployeeTerminateInput!) {
    employeeTerminate(input: $input) {
      employee {
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

/** Where someone can be placed: departments, their teams and the positions. */
export const EmployeePlacementOptionsQuery = graphql(`
  query EmployeePlacementOptions {
    departments(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    teams(first: 100) {
      edges {
        node {
          id
          name
          department {
            id
          }
        }
      }
    }
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
