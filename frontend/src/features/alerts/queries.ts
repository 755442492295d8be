import { graphql } from '@/graphql/generated';

/** What the console shows of an alert: in the list, the live feed and mutation payloads alike. */
export const AlertFieldsFragment = graphql(`
  fragment AlertFields on Alert {
    id
    kind
    severity
    message
    createdAt
    acknowledgedAt
    acknowledgedBy
    resolvedAt
    resolvedBy
    cursor
    employee {
      id
      name
    }
  }
`);

export const AlertListQuery = graphql(`
  query AlertList($first: Int!, $after: String, $filter: AlertFilter) {
    alerts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AlertFields
        }
      }
    }
  }
`);

/**
 * Where the live feed starts: the newest alert's cursor (the subscription replays what came
 * after it, so nothing raised between this query and the socket is missed) and the open count.
 */
export const AlertFeedStartQuery = graphql(`
  query AlertFeedStart {
    newest: alerts(first: 1) {
      edges {
        node {
          id
          cursor
        }
      }
    }
    unacknowledged: alerts(first: 0, filter: { acknowledged: false }) {
      totalCount
    }
  }
`);

export const WebhookFieldsFragment = graphql(`
  fragment WebhookFields on Webhook {
    id
    url
    events
    document
    isActive
    consecutiveFailures
    disabledAt
    createdAt
  }
`);

export const WebhookListQuery = graphql(`
  query WebhookList($first: Int!, $after: String) {
    webhooks(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...WebhookFields
        }
      }
    }
  }
`);

/**
 * One webhook's delivery log, newest first. There is no `webhook(id)` field and `node(id)` does
 * not know webhooks, so the webhook is addressed by its place in `webhooks` (`$webhookAfter` is the
 * cursor of the edge before it); the page checks the id that comes back.
 */
export const WebhookDeliveryListQuery = graphql(`
  query WebhookDeliveryList($webhookAfter: String, $first: Int!, $after: String) {
    webhooks(first: 1, after: $webhookAfter) {
      edges {
        node {
          id
          deliveries(first: $first, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              cursor
              node {
                ...WebhookDeliveryFields
              }
            }
          }
        }
      }
    }
  }
`);

export const WebhookDeliveryFieldsFragment = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    event
    status
    attempts
    lastStatusCode
    lastError
    nextAttemptAt
    deliveredAt
    createdAt
    payload
  }
`);

/** Admins may deliver a webhook as a partner client: the form offers them the active ones. */
export const WebhookFormOptionsQuery = graphql(`
  query WebhookFormOptions {
    partnerClients(first: 100) {
      edges {
        node {
          id
          clientId
          name
          isActive
        }
      }
    }
  }
`);
