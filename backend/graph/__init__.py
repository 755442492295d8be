"""The GraphQL layer: Strawberry types and thin Query/Mutation classes that call resolvers."""
