import { useQuery } from '@apollo/client';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { ContractOwnerQuery } from './queries';

export interface ContractAccess {
  /** pay terms and the document may be asked for (compensation.read, or one's own contract with self.read_pay) */
  withPay: boolean;
  /** the signers' IP and user agent may be asked for (contracts.write, or one's own contract with self.read_pii) */
  withSignerDetails: boolean;
  /** false while it is still being found out whose contract this is */
  ready: boolean;
}

/**
 * What of a contract the viewer may read, so that fields they may not read are not asked for
 * (as the employee pages do with `@include`). Those who read it only on their own contract
 * (a team lead, an employee) first learn whose contract it is.
 */
export function useContractAccess(id: string): ContractAccess {
  const { viewer, can } = useViewer();
  const payAnyway = can(Permission.compensationRead);
  const detailsAnyway = can(Permission.contractsWrite);
  const payIfOwn = !payAnyway && can(Permission.selfReadPay);
  const detailsIfOwn = !detailsAnyway && can(Permission.selfReadPii);
  const askOwner = Boolean(viewer.employee) && (payIfOwn || detailsIfOwn);
  const owner = useQuery(ContractOwnerQuery, { variables: { id }, skip: !askOwner });
  const own = askOwner && owner.data?.contract?.employee?.id === viewer.employee?.id && Boolean(viewer.employee);
  return {
    withPay: payAnyway || (payIfOwn && own),
    withSignerDetails: detailsAnyway || (detailsIfOwn && own),
    ready: !askOwner || Boolean(owner.data) || Boolean(owner.error),
  };
}
