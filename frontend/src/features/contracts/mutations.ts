import { graphql } from '@/graphql/generated';

export const ContractCreateMutation = graphql(`
  mutation ContractCreate($input: ContractCreateInput!) {
    contractCreate(input: $input) {
      contract {
        ...ContractRowFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const ContractAmendMutation = graphql(`
  mutation ContractAmend($input: ContractAmendInput!) {
    contractAmend(input: $input) {
      contract {
        ...ContractRowFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const ContractSubmitForSignatureMutation = graphql(`
  mutation ContractSubmitForSignature($id: ID!) {
    contractSubmitForSignature(input: { id: $id }) {
      contract {
        ...ContractRowFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const ContractSignMutation = graphql(`
  mutation ContractSign($id: ID!) {
    contractSign(input: { id: $id }) {
      contract {
        ...ContractRowFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const ContractTerminateMutation = graphql(`
  mutation ContractTerminate($input: ContractTerminateInput!) {
    contractTerminate(input: $input) {
      contract {
        ...ContractRowFields
        terminationReason
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** The successor is submitted for signature in the same step; `flags` are labor-law notes for HR. */
export const ContractRenewMutation = graphql(`
  mutation ContractRenew($input: ContractRenewInput!) {
    contractRenew(input: $input) {
      contract {
        ...ContractRowFields
      }
      flags {
        article
        message
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const ClauseCreateMutation = graphql(`
  mutation ClauseCreate($input: ClauseCreateInput!) {
    clauseCreate(input: $input) {
      clause {
        ...ClauseFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const ClauseUpdateMutation = graphql(`
  mutation ClauseUpdate($input: ClauseUpdateInput!) {
    clauseUpdate(input: $input) {
      clause {
        ...ClauseFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const ContractTemplateCreateMutation = graphql(`
  mutation ContractTemplateCreate($input: ContractTemplateCreateInput!) {
    contractTemplateCreate(input: $input) {
      template {
        ...ContractTemplateFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const ContractTemplateReviseMutation = graphql(`
  mutation ContractTemplateRevise($input: ContractTemplateReviseInput!) {
    contractTemplateRevise(input: $input) {
      template {
        ...ContractTemplateFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
