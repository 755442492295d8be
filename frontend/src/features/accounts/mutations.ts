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
