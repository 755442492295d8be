import { graphql } from '@/graphql/generated';

export const AlertAcknowledgeMutation = graphql(`
  mutation AlertAcknowledge($id: ID!) {
    alertAcknowledge(input: { id: $id }) {
      alert {
        ...AlertFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const AlertResolveMutation = graphql(`
  mutation AlertResolve($id: ID!) {
    alertResolve(input: { id: $id }) {
      alert {
        ...AlertFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const WebhookCreateMutation = graphql(`
  mutation WebhookCreate($input: WebhookCreateInput!) {
    webhookCreate(input: $input) {
      webhook {
        ...WebhookFields
      }
      secret
      errors {
        field
        code
        message
      }
    }
  }
`);

export const WebhookUpdateMutation = graphql(`
  mutation WebhookUpdate($input: WebhookUpdateInput!) {
    webhookUpdate(input: $input) {
      webhook {
        ...WebhookFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const WebhookDeleteMutation = graphql(`
  mutation WebhookDelete($id: ID!) {
    webhookDelete(input: { id: $id }) {
      deletedId
      errors {
        field
        code
        message
      }
    }
  }
`);

export const WebhookDeliveryRetryMutation = graphql(`
  mutation WebhookDeliveryRetry($id: ID!) {
    webhookDeliveryRetry(input: { id: $id }) {
      delivery {
        ...WebhookDeliveryFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
