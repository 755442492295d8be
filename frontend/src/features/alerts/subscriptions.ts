import { graphql } from '@/graphql/generated';

/** New alerts as they are raised; with `after` (an alert's cursor) it first replays what came after it. */
export const AlertFeedSubscription = graphql(`
  subscription AlertFeed($after: String) {
    alerts(after: $after) {
      ...AlertFields
    }
  }
`);
