import type { ContractDetailsQuery } from '@/graphql/generated/graphql';

export type ContractForForms = NonNullable<ContractDetailsQuery['contract']>;
export type TemplateClause = ContractForForms['template']['versions'][number]['clauses'][number];

/** The clauses of the template version the contract was made from (the text it keeps). */
export function templateClausesOf(contract: Pick<ContractForForms, 'template' | 'templateVersion'>): TemplateClause[] {
  return contract.template.versions.find((version) => version.version === contract.templateVersion)?.clauses ?? [];
}
