import { graphql } from '@/graphql/generated';

export const EmployeeListQuery = graphql(`
  query EmployeeList(
    $first: Int!
    $after: String
    $filter: EmployeeFilter
    $orderBy: EmployeeOrder
    $withCompensation: Boolean!
  ) {
    employees(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          employeeNo
          name
          status
          employmentType
          isHost
          hiredOn
          department {
            id
            name
          }
          team {
            id
            name
          }
          position {
            id
            title
          }
          baseSalary @include(if: $withCompensation)
        }
      }
    }
  }
`);

/** Cursors only: lets a deep link (`?page=7`) find the `after` cursor of its page. */
export const EmployeeListCursorsQuery = graphql(`
  query EmployeeListCursors($first: Int!, $after: String, $filter: EmployeeFilter, $orderBy: EmployeeOrder) {
    employees(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
      }
    }
  }
`);

export const EmployeeFilterOptionsQuery = graphql(`
  query EmployeeFilterOptions($departmentId: ID) {
    departments(first: 100) {
      edges {
        node {
          id
          name
          code
        }
      }
    }
    teams(first: 100, filter: { departmentId: $departmentId }) {
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
  }
`);

export const EmployeeDetailsQuery = graphql(`
  query EmployeeDetails($id: ID!, $withPii: Boolean!, $withCompensation: Boolean!) {
    employee(id: $id) {
      id
      employeeNo
      name
      gender
      birthDate @include(if: $withPii)
      phone
      email
      employmentType
      status
      hiredOn
      leftOn
      isHost
      idNumber @include(if: $withPii)
      baseSalary @include(if: $withCompensation)
      bankAccount @include(if: $withCompensation)
      department {
        id
        name
        code
      }
      team {
        id
        name
      }
      position {
        id
        title
        level
      }
      manager {
        id
        name
        employeeNo
      }
      history {
        id
        kind
        occurredOn
        note
        reasonCategory
        voluntary
        salaryBefore @include(if: $withCompensation)
        salaryAfter @include(if: $withCompensation)
        department {
          id
          name
        }
        team {
          id
          name
        }
        position {
          id
          title
        }
      }
    }
  }
`);
