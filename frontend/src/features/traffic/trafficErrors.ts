import type { ApolloError } from '@apollo/client';

/**
 * What went wrong with a traffic query. The API answers with top-level GraphQL errors:
 * NOT_FOUND (the subject does not exist or is out of view: the two are not told apart) or
 * BAD_USER_INPUT (with `extensions.field`, e.g. a range too long for the bucket).
 */
export type TrafficProblem =
  | { kind: 'notFound' }
  | { kind: 'badInput'; message: string; field: string | null }
  | { kind: 'failed'; message: string };

export function trafficProblem(error: ApolloError | undefined): TrafficProblem | null {
  if (!error) return null;
  const graphQLErrors = error.graphQLErrors ?? [];
  if (graphQLErrors.some((e) => e.extensions?.['code'] === 'NOT_FOUND')) return { kind: 'notFound' };
  const bad = graphQLErrors.find((e) => e.extensions?.['code'] === 'BAD_USER_INPUT');
  if (bad) {
    const field = bad.extensions?.['field'];
    return { kind: 'badInput', message: bad.message, field: typeof field === 'string' ? field : null };
  }
  return { kind: 'failed', message: error.message };
}
