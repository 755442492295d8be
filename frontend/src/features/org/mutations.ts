import { graphql } from '@/graphql/generated';

export const DepartmentCreateMutation = graphql(`
  mutation DepartmentCreate($input: DepartmentCreateInput!) {
    departmentCreate(input: $input) {
      department {
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

export const DepartmentUpdateMutation = graphql(`
  mutation DepartmentUpdate($input: DepartmentUpdateInput!) {
    departmentUpdate(input: $input) {
      department {
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

export const TeamCreateMutation = graphql(`
  mutation TeamCreate($input: TeamCreateInput!) {
    teamCreate(input: $input) {
      team {
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

export const TeamUpdateMutation = graphql(`
  mutation TeamUpdate($input: TeamUpdateInput!) {
    teamUpdate(input: $input) {
      team {
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

export const PositionCreateMutation = graphql(`
  mutation PositionCreate($input: PositionCreateInput!) {
    positionCreate(input: $input) {
      position {
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
