import { graphql } from '@/graphql/generated';

/** A contract as the lists show it: its term, its employee and where its signing stands. */
export const ContractRowFieldsFragment = graphql(`
  fragment ContractRowFields on Contract {
    id
    number
    contractType
    status
    startsOn
    endsOn
    terminatedOn
    employee {
      id
      name
      employeeNo
      team {
        id
        name
      }
    }
    latestVersion {
      version
      state
      awaiting
    }
  }
`);

export const ContractListQuery = graphql(`
  query ContractList($first: Int!, $after: String, $filter: ContractFilter) {
    contracts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ContractRowFields
        }
      }
    }
  }
`);

/** Cursors only: lets a deep link (`?page=4`) find the `after` cursor of its page. */
export const ContractListCursorsQuery = graphql(`
  query ContractListCursors($first: Int!, $after: String, $filter: ContractFilter) {
    contracts(first: $first, after: $after, filter: $filter) {
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

export const ContractFilterOptionsQuery = graphql(`
  query ContractFilterOptions {
    teams(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** Whose contract it is: decides whether pay terms and signers' IP/user agent may be asked for. */
export const ContractOwnerQuery = graphql(`
  query ContractOwner($id: ID!) {
    contract(id: $id) {
      id
      employee {
        id
      }
    }
  }
`);

export const ClauseVariableFieldsFragment = graphql(`
  fragment ClauseVariableFields on ClauseVariable {
    name
    type
    label
    min
    max
  }
`);

export const ContractVersionFieldsFragment = graphql(`
  fragment ContractVersionFields on ContractVersion {
    version
    state
    effectiveOn
    note
    startsOn
    endsOn
    probationEndsOn
    documentSha256
    submittedAt
    signedAt
    tampered
    awaiting
    values {
      name
      value
    }
    clauses {
      key
      title
      text
    }
    diff {
      key
      title
      kind
      before
      after
    }
    signatures {
      role
      signer
      signedAt
      documentSha256
      matchesDocument
      ip @include(if: $withSignerDetails)
      userAgent @include(if: $withSignerDetails)
    }
    payTerms @include(if: $withPay) {
      monthlyBase
      revenueSharePercent
      guaranteedMinimum
    }
  }
`);

export const ContractDetailsQuery = graphql(`
  query ContractDetails($id: ID!, $withPay: Boolean!, $withSignerDetails: Boolean!) {
    contract(id: $id) {
      id
      number
      contractType
      status
      startsOn
      endsOn
      terminatedOn
      terminationReason
      createdAt
      templateVersion
      employee {
        id
        name
        employeeNo
        team {
          id
          name
          lead {
            id
          }
        }
      }
      predecessor {
        id
        number
        status
        startsOn
        endsOn
      }
      successor {
        id
        number
        status
        startsOn
        endsOn
      }
      template {
        ...ContractTemplateClausesFields
      }
      versions {
        ...ContractVersionFields
      }
    }
  }
`);

/** The sign page: the latest version's document (it states the pay, so only with `withPay`) and its hash. */
export const ContractSigningQuery = graphql(`
  query ContractSigning($id: ID!, $withPay: Boolean!) {
    contract(id: $id) {
      id
      number
      contractType
      status
      startsOn
      endsOn
      employee {
        id
        name
        employeeNo
        team {
          id
          name
          lead {
            id
          }
        }
      }
      latestVersion {
        version
        state
        effectiveOn
        startsOn
        endsOn
        documentSha256
        tampered
        awaiting
        clauses {
          key
          title
          text
        }
        signatures {
          role
          signer
          signedAt
        }
        document @include(if: $withPay)
      }
    }
  }
`);

/** One's own contracts (the employee's row scope is their own record; `employeeId` narrows anyone else's). */
export const MyContractListQuery = graphql(`
  query MyContractList($employeeId: ID!) {
    contracts(first: 50, filter: { employeeId: $employeeId }) {
      totalCount
      edges {
        node {
          ...ContractRowFields
        }
      }
    }
  }
`);

/** The library: clauses with their typed variables. */
export const ClauseFieldsFragment = graphql(`
  fragment ClauseFields on Clause {
    id
    key
    title
    body
    updatedAt
    variables {
      ...ClauseVariableFields
    }
  }
`);

export const ClauseListQuery = graphql(`
  query ClauseList {
    clauses(first: 100) {
      totalCount
      edges {
        node {
          ...ClauseFields
        }
      }
    }
  }
`);

/**
 * A template and its versions, as the template list shows them (clause keys and titles only: the
 * server's static cost counts every nested list ten times over, so the variables come per template).
 */
export const ContractTemplateFieldsFragment = graphql(`
  fragment ContractTemplateFields on ContractTemplate {
    id
    name
    contractType
    latestVersion
    versions {
      version
      createdAt
      createdBy
      clauses {
        key
        title
      }
    }
  }
`);

/** A template's versions with the typed variables of their clauses: what a contract's values are checked against. */
export const ContractTemplateClausesFieldsFragment = graphql(`
  fragment ContractTemplateClausesFields on ContractTemplate {
    id
    name
    contractType
    latestVersion
    versions {
      version
      clauses {
        key
        title
        variables {
          ...ClauseVariableFields
        }
      }
    }
  }
`);

export const ContractTemplateClausesQuery = graphql(`
  query ContractTemplateClauses($id: ID!) {
    node(id: $id) {
      id
      ... on ContractTemplate {
        ...ContractTemplateClausesFields
      }
    }
  }
`);

export const ContractTemplateListQuery = graphql(`
  query ContractTemplateList {
    contractTemplates(first: 50) {
      totalCount
      edges {
        node {
          ...ContractTemplateFields
        }
      }
    }
  }
`);

/** Who a new contract may be for (a search over the employees one may see). */
export const ContractEmployeeOptionsQuery = graphql(`
  query ContractEmployeeOptions($search: String) {
    employees(first: 20, filter: { search: $search, status: [PROBATION, ACTIVE, LEAVING] }) {
      edges {
        node {
          id
          name
          employeeNo
          employmentType
        }
      }
    }
  }
`);
