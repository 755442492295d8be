import { graphql } from '@/graphql/generated';

export const ViewerLoginMutation = graphql(`
  mutation ViewerLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      refreshToken
      expiresIn
      errors {
        field
        code
        message
      }
    }
  }
`);

export const ViewerLogoutMutation = graphql(`
  mutation ViewerLogout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export const PartnerClientCreateMutation = graphql(`
  mutation PartnerClientCreate($input: PartnerClientCreateInput!) {
    partnerClientCreate(input: $input) {
      client {
        ...PartnerClientFields
      }
      clientSecret
      errors {
        field
        code
        message
      }
    }
  }
`);

export const PartnerClientUpdateMutation = graphql(`
  mutation PartnerClientUpdate($input: PartnerClientUpdateInput!) {
    partnerClientUpdate(input: $input) {
      client {
        ...PartnerClientFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const PartnerClientRotateSecretMutation = graphql(`
  mutation PartnerClientRotateSecret($id: ID!) {
    partnerClientRotateSecret(input: { id: $id }) {
      client {
        ...PartnerClientFields
      }
      clientSecret
      errors {
        field
        code
        message
      }
    }
  }
`);

export const PartnerClientRevokeMutation = graphql(`
  mutation PartnerClientRevoke($id: ID!) {
    partnerClientRevoke(input: { id: $id }) {
      client {
        ...PartnerClientFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const UserCreateMutation = graphql(`
  mutation UserCreate($input: UserCreateInput!) {
    userCreate(input: $input) {
      user {
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

export const UserUpdateMutation = graphql(`
  mutation UserUpdate($input: UserUpdateInput!) {
    userUpdate(input: $input) {
      user {
        id
        isActive
        roles
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const RoleUpdateMutation = graphql(`
  mutation RoleUpdate($input: RoleUpdateInput!) {
    roleUpdate(input: $input) {
      role {
        name
        permissions
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
