import { ApolloError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { trafficProblem } from './trafficErrors';

describe('traffic query errors', () => {
  it('tells a subject out of view from a refused range and from anything else', () => {
    const notFound = new ApolloError({
      graphQLErrors: [new GraphQLError('No team with this id whose traffic you can see.', { extensions: { code: 'NOT_FOUND', field: 'subject.teamId' } })],
    });
    expect(trafficProblem(notFound)).toEqual({ kind: 'notFound' });

    const tooLong = new ApolloError({
      graphQLErrors: [new GraphQLError('At most 7 days at HOUR buckets.', { extensions: { code: 'BAD_USER_INPUT', field: 'to' } })],
    });
    expect(trafficProblem(tooLong)).toEqual({ kind: 'badInput', message: 'At most 7 days at HOUR buckets.', field: 'to' });

    const network = new ApolloError({ networkError: new Error('Failed to fetch') });
    expect(trafficProblem(network)).toEqual({ kind: 'failed', message: 'Failed to fetch' });
    expect(trafficProblem(undefined)).toBeNull();
  });
});
