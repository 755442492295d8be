import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLInterfaceType, GraphQLList, GraphQLNonNull, GraphQLObjectType, Kind, buildSchema, getNamedType } from 'graphql';
import type { DocumentNode, FieldNode, FragmentDefinitionNode, GraphQLField, GraphQLNamedType, GraphQLSchema, SelectionSetNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '@/graphql/generated/graphql';

/**
 * The server refuses, before running it, an operation deeper than 12 levels or with a static cost
 * over 20,000 (backend `graph/limits.py`, `settings.max_query_cost`): every field costs 1, a field
 * with a `first` argument multiplies its selection by `first` (its default when absent, the page
 * cap of 100 when it is a variable), `edges` by 1, and any other list of objects by 10. Mocked page
 * tests cannot see that limit; this measures every committed operation the same way.
 */
const MAX_COST = 20_000;
const MAX_DEPTH = 12;
const PAGE_CAP = 100;
const LIST_GUESS = 10;

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', 'backend', 'graph', 'schema.graphql'), 'utf8'));

type Owner = GraphQLNamedType | null | undefined;

function measure(document: DocumentNode, graphqlSchema: GraphQLSchema): { cost: number; depth: number } {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );

  function* fields(selectionSet: SelectionSetNode, parent: Owner, seen: ReadonlySet<string>): Generator<[FieldNode, Owner]> {
    for (const node of selectionSet.selections) {
      if (node.kind === Kind.FIELD) yield [node, parent];
      else if (node.kind === Kind.INLINE_FRAGMENT) {
        const inner = node.typeCondition ? graphqlSchema.getType(node.typeCondition.name.value) : parent;
        yield* fields(node.selectionSet, inner ?? parent, seen);
      } else if (!seen.has(node.name.value)) {
        const fragment = fragments.get(node.name.value);
        if (fragment) yield* fields(fragment.selectionSet, graphqlSchema.getType(fragment.typeCondition.name.value) ?? parent, new Set([...seen, node.name.value]));
      }
    }
  }

  function multiplier(node: FieldNode, field: GraphQLField<unknown, unknown>): number {
    const first = field.args.find((arg) => arg.name === 'first');
    if (first) {
      const given = node.arguments?.find((arg) => arg.name.value === 'first')?.value;
      if (given?.kind === Kind.INT) return Math.max(1, Number(given.value));
      if (!given && typeof first.defaultValue === 'number') return Math.max(1, first.defaultValue);
      return PAGE_CAP;
    }
    if (node.name.value === 'edges') return 1;
    const type = field.type instanceof GraphQLNonNull ? field.type.ofType : field.type;
    return type instanceof GraphQLList ? LIST_GUESS : 1;
  }

  function selection(selectionSet: SelectionSetNode, parent: Owner, seen: ReadonlySet<string>): { cost: number; depth: number } {
    let cost = 0;
    let depth = 0;
    for (const [node, owner] of fields(selectionSet, parent, seen)) {
      if (node.name.value.startsWith('__')) continue;
      const field = owner instanceof GraphQLObjectType || owner instanceof GraphQLInterfaceType ? owner.getFields()[node.name.value] : undefined;
      if (!field) {
        cost += 1;
        continue;
      }
      const child = node.selectionSet ? selection(node.selectionSet, getNamedType(field.type), seen) : { cost: 0, depth: 0 };
      cost += 1 + multiplier(node, field) * child.cost;
      depth = Math.max(depth, 1 + child.depth);
    }
    return { cost, depth };
  }

  let cost = 0;
  let depth = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const root = { query: graphqlSchema.getQueryType(), mutation: graphqlSchema.getMutationType(), subscription: graphqlSchema.getSubscriptionType() }[definition.operation];
    const shape = selection(definition.selectionSet, root, new Set());
    cost += shape.cost;
    depth = Math.max(depth, shape.depth);
  }
  return { cost, depth };
}

function isOperation(value: unknown): value is DocumentNode {
  const document = value as DocumentNode | undefined;
  return document?.kind === Kind.DOCUMENT && document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);
}

const operations = Object.entries(generated).filter((entry): entry is [string, DocumentNode] => isOperation(entry[1]));

describe('query cost', () => {
  it('measures as the server does', () => {
    const document = generated.ContractTemplateListDocument;
    // contractTemplates(first: 50) > edges > node > versions (×10) > clauses (×10): a sizeable, allowed page.
    expect(measure(document, schema).cost).toBeGreaterThan(10_000);
    expect(operations.length).toBeGreaterThan(40);
  });

  it.each(operations)('%s stays within the server limits', (_name, document) => {
    const shape = measure(document, schema);
    expect(shape.depth).toBeLessThanOrEqual(MAX_DEPTH);
    expect(shape.cost).toBeLessThanOrEqual(MAX_COST);
  });
});
