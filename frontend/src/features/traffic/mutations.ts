import { graphql } from '@/graphql/generated';

export const PlatformAccountCreateMutation = graphql(`
  mutation PlatformAccountCreate($input: PlatformAccountCreateInput!) {
    platformAccountCreate(input: $input) {
      account {
        id
        platform
        handle
        externalId
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
