import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for every `graphql(...)` call under src/, generated from the SDL
 * the backend commits (`hrgraph export-schema` > backend/graph/schema.graphql).
 * The output is committed so `npm run build` needs no backend.
 */
const config: CodegenConfig = {
  schema: process.env.HRGRAPH_SCHEMA ?? '../backend/graph/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        // Only what the documents use: a schema change elsewhere does not make the output stale.
        onlyOperationTypes: true,
        enumsAsTypes: true,
        skipTypename: false,
        defaultScalarType: 'unknown',
        scalars: {
          Date: 'string',
          DateTime: 'string',
          Decimal: 'string',
          Money: 'string',
          GlobalID: 'string',
          JSON: 'unknown',
        },
      },
    },
  },
};

export default config;
