import type { ApolloError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import type { ContractSignerRole, ContractStatus, ContractType, ContractVersionState } from '@/graphql/generated/graphql';
import { addDays, addMonths } from '@/features/traffic/trafficState';

export const CONTRACT_STATUSES: readonly ContractStatus[] = ['DRAFT', 'PENDING_SIGNATURE', 'ACTIVE', 'EXPIRED', 'TERMINATED'];
export const CONTRACT_TYPES: readonly ContractType[] = ['FULL_TIME', 'PART_TIME', 'TALENT', 'INTERNSHIP'];
/** The server takes signatures in this order (backend `lifecycle.SIGNING_ORDER`). */
export const SIGNING_ORDER: readonly ContractSignerRole[] = ['EMPLOYEE', 'BUSINESS', 'HR'];
/** The "expiring" view: active contracts ending within this many days (the expiry alert's horizon). */
export const EXPIRING_WITHIN_DAYS = 30;

function utcDay(iso: string): number {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / 86_400_000);
}

/**
 * Days until an active contract's last day, counted from today (0: it ends today); null for an
 * open-ended contract or one that no longer runs.
 */
export function daysLeft(contract: { status: ContractStatus; endsOn?: string | null }, today: string): number | null {
  if (!contract.endsOn || contract.status !== 'ACTIVE') return null;
  return daysBetween(today, contract.endsOn);
}

/** A colour for the days left: red within a week, orange within the expiring horizon. */
export function daysLeftColor(days: number): string {
  if (days < 0) return 'default';
  if (days <= 7) return 'red';
  if (days <= EXPIRING_WITHIN_DAYS) return 'orange';
  return 'default';
}

/**
 * The renewal's term as the form proposes it: from the day after the contract ends, for as long
 * again in whole years (at least one; six months for an internship), ending the day before the
 * anniversary. Both ends are included, as the API counts them.
 */
export function renewalTerm(contract: { contractType: ContractType; startsOn: string; endsOn: string }): { startsOn: string; endsOn: string } {
  const startsOn = addDays(contract.endsOn, 1);
  const months =
    contract.contractType === 'INTERNSHIP'
      ? 6
      : 12 * Math.max(1, Math.round(daysBetween(contract.startsOn, startsOn) / 365.25));
  return { startsOn, endsOn: addDays(addMonths(startsOn, months), -1) };
}

export interface SignedVersion {
  state: ContractVersionState;
  awaiting?: ContractSignerRole | null;
  signatures: readonly { role: ContractSignerRole }[];
}

/** Where signing stands for the viewer. */
export type SigningTurn =
  /** nothing is waiting for signatures */
  | { kind: 'none' }
  /** the awaited signature is the viewer's to give */
  | { kind: 'yours'; role: ContractSignerRole }
  /** the viewer signs later in the order, after `awaiting` */
  | { kind: 'later'; awaiting: ContractSignerRole; yours: ContractSignerRole }
  /** someone else's signature is awaited and none of the rest is the viewer's */
  | { kind: 'others'; awaiting: ContractSignerRole };

export function signingTurn(version: SignedVersion, maySignAs: (role: ContractSignerRole) => boolean): SigningTurn {
  if (version.state !== 'PENDING_SIGNATURE' || !version.awaiting) return { kind: 'none' };
  const awaiting = version.awaiting;
  if (maySignAs(awaiting)) return { kind: 'yours', role: awaiting };
  const signed = new Set(version.signatures.map((signature) => signature.role));
  const later = SIGNING_ORDER.slice(SIGNING_ORDER.indexOf(awaiting) + 1).find((role) => !signed.has(role) && maySignAs(role));
  return later ? { kind: 'later', awaiting, yours: later } : { kind: 'others', awaiting };
}

export interface SignerFacts {
  /** the viewer's own employee record */
  viewerEmployeeId: string | null;
  /** contracts.sign_business */
  signsForBusiness: boolean;
  /** contracts.write */
  signsForHr: boolean;
  /** the viewer's row scope is everyone (`viewer.rowScope` "all"): a business signer for any team */
  seesEveryone: boolean;
  contractEmployee: { id: string; team?: { lead?: { id: string } | null } | null } | null | undefined;
}

/**
 * Whether the server would take the viewer's signature in this role (backend `lifecycle.may_sign_as`):
 * the employee signs their own; the business representative is a lead of the employee's team
 * (or holds contracts.sign_business over everyone); HR holds contracts.write.
 */
export function maySignAs(role: ContractSignerRole, facts: SignerFacts): boolean {
  const me = facts.viewerEmployeeId;
  switch (role) {
    case 'EMPLOYEE':
      return Boolean(me && facts.contractEmployee?.id === me);
    case 'BUSINESS':
      if (!facts.signsForBusiness) return false;
      return facts.seesEveryone || Boolean(me && facts.contractEmployee?.team?.lead?.id === me);
    case 'HR':
      return facts.signsForHr;
    default:
      return false;
  }
}

/** The next signatures after one in `role` was given (what the page says is awaited now). */
export function nextAfter(role: ContractSignerRole): ContractSignerRole | null {
  return SIGNING_ORDER[SIGNING_ORDER.indexOf(role) + 1] ?? null;
}

/** The first characters of a SHA-256, as the signature trail shows it. */
export function hashPrefix(hash: string | null | undefined, length = 12): string {
  return hash ? hash.slice(0, length) : '';
}

/**
 * Fields that need a permission or being the contract's employee: they arrive as null with a
 * FORBIDDEN error at their path when neither holds. Not a failure of the page: the field is
 * simply not shown.
 */
const OWN_OR_PERMITTED_FIELDS = new Set(['payTerms', 'document', 'ip', 'userAgent']);

export function isHiddenFieldError(error: GraphQLFormattedError): boolean {
  const last = error.path?.at(-1);
  return error.extensions?.['code'] === 'FORBIDDEN' && typeof last === 'string' && OWN_OR_PERMITTED_FIELDS.has(last);
}

/** The errors worth a notice: everything but the hidden-field ones. */
export function unexpectedErrors(error: ApolloError | undefined): readonly GraphQLFormattedError[] {
  if (!error) return [];
  if (error.networkError) return [{ message: error.message }];
  return (error.graphQLErrors ?? []).filter((e) => !isHiddenFieldError(e));
}

export function isNotFound(error: ApolloError | undefined): boolean {
  return Boolean(error?.graphQLErrors?.some((e) => e.extensions?.['code'] === 'NOT_FOUND'));
}

/** SHA-256 of a text's UTF-8 bytes, hex (as the server hashes documents); null where Web Crypto is unavailable. */
export async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
