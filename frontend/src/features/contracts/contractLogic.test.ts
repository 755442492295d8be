import { ApolloError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { SignerFacts } from './contractLogic';
import { daysBetween, daysLeft, daysLeftColor, hashPrefix, isHiddenFieldError, maySignAs, nextAfter, renewalTerm, sha256Hex, signingTurn, unexpectedErrors } from './contractLogic';

const TODAY = '2026-12-02';

describe('days left', () => {
  it('counts calendar days to the last day of an active contract', () => {
    expect(daysBetween('2026-12-02', '2026-12-31')).toBe(29);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysLeft({ status: 'ACTIVE', endsOn: '2026-12-02' }, TODAY)).toBe(0);
    expect(daysLeft({ status: 'ACTIVE', endsOn: '2027-01-01' }, TODAY)).toBe(30);
  });

  it('has none for an open-ended contract or one that does not run', () => {
    expect(daysLeft({ status: 'ACTIVE', endsOn: null }, TODAY)).toBeNull();
    expect(daysLeft({ status: 'EXPIRED', endsOn: '2026-11-30' }, TODAY)).toBeNull();
    expect(daysLeft({ status: 'PENDING_SIGNATURE', endsOn: '2027-12-01' }, TODAY)).toBeNull();
  });

  it('turns red within a week and orange within 30 days', () => {
    expect(daysLeftColor(0)).toBe('red');
    expect(daysLeftColor(7)).toBe('red');
    expect(daysLeftColor(8)).toBe('orange');
    expect(daysLeftColor(30)).toBe('orange');
    expect(daysLeftColor(31)).toBe('default');
  });
});

describe('the renewal term', () => {
  it('starts the day after and runs as many whole years again', () => {
    expect(renewalTerm({ contractType: 'FULL_TIME', startsOn: '2023-12-20', endsOn: '2026-12-19' })).toEqual({ startsOn: '2026-12-20', endsOn: '2029-12-19' });
    expect(renewalTerm({ contractType: 'PART_TIME', startsOn: '2025-12-09', endsOn: '2026-12-08' })).toEqual({ startsOn: '2026-12-09', endsOn: '2027-12-08' });
  });

  it('proposes at least a year, and six months for an internship', () => {
    // A term cut short (it ends within weeks of starting): a year, not a few weeks.
    expect(renewalTerm({ contractType: 'TALENT', startsOn: '2026-11-01', endsOn: '2026-12-20' })).toEqual({ startsOn: '2026-12-21', endsOn: '2027-12-20' });
    expect(renewalTerm({ contractType: 'INTERNSHIP', startsOn: '2026-07-01', endsOn: '2026-12-31' })).toEqual({ startsOn: '2027-01-01', endsOn: '2027-06-30' });
  });

  it('ends the day before the anniversary across a leap day', () => {
    expect(renewalTerm({ contractType: 'FULL_TIME', startsOn: '2025-02-28', endsOn: '2026-02-27' })).toEqual({ startsOn: '2026-02-28', endsOn: '2027-02-27' });
    expect(renewalTerm({ contractType: 'FULL_TIME', startsOn: '2023-03-01', endsOn: '2024-02-29' })).toEqual({ startsOn: '2024-03-01', endsOn: '2025-02-28' });
  });
});

const EMPLOYEE_ID = 'RW1wbG95ZWU6NjY=';
const LEAD_ID = 'RW1wbG95ZWU6MTE=';
const contractEmployee = { id: EMPLOYEE_ID, team: { lead: { id: LEAD_ID } } };
const facts = (overrides: Partial<SignerFacts>): SignerFacts => ({
  viewerEmployeeId: null,
  signsForBusiness: false,
  signsForHr: false,
  seesEveryone: false,
  contractEmployee,
  ...overrides,
});
const EMPLOYEE = facts({ viewerEmployeeId: EMPLOYEE_ID });
const LEAD = facts({ viewerEmployeeId: LEAD_ID, signsForBusiness: true });
const OTHER_LEAD = facts({ viewerEmployeeId: 'RW1wbG95ZWU6OTk=', signsForBusiness: true });
const HR = facts({ viewerEmployeeId: 'RW1wbG95ZWU6Mg==', signsForHr: true, seesEveryone: true });
const ADMIN = facts({ signsForBusiness: true, signsForHr: true, seesEveryone: true });

describe('who may sign in which role', () => {
  it('lets the employee sign their own contract only', () => {
    expect(maySignAs('EMPLOYEE', EMPLOYEE)).toBe(true);
    expect(maySignAs('EMPLOYEE', LEAD)).toBe(false);
    expect(maySignAs('EMPLOYEE', HR)).toBe(false);
  });

  it("lets a lead sign for the business for their own team, and a business signer over everyone for any", () => {
    expect(maySignAs('BUSINESS', LEAD)).toBe(true);
    expect(maySignAs('BUSINESS', OTHER_LEAD)).toBe(false);
    expect(maySignAs('BUSINESS', ADMIN)).toBe(true);
    expect(maySignAs('BUSINESS', HR)).toBe(false);
    expect(maySignAs('BUSINESS', { ...LEAD, contractEmployee: { id: EMPLOYEE_ID, team: null } })).toBe(false);
  });

  it('lets contracts.write sign for HR', () => {
    expect(maySignAs('HR', HR)).toBe(true);
    expect(maySignAs('HR', LEAD)).toBe(false);
  });
});

describe('whose turn it is', () => {
  const pending = (awaiting: 'EMPLOYEE' | 'BUSINESS' | 'HR', signed: ('EMPLOYEE' | 'BUSINESS' | 'HR')[]) => ({
    state: 'PENDING_SIGNATURE' as const,
    awaiting,
    signatures: signed.map((role) => ({ role })),
  });
  const turn = (version: ReturnType<typeof pending>, who: SignerFacts) => signingTurn(version, (role) => maySignAs(role, who));

  it('goes employee, business, HR', () => {
    expect(turn(pending('EMPLOYEE', []), EMPLOYEE)).toEqual({ kind: 'yours', role: 'EMPLOYEE' });
    expect(turn(pending('BUSINESS', ['EMPLOYEE']), LEAD)).toEqual({ kind: 'yours', role: 'BUSINESS' });
    expect(turn(pending('HR', ['EMPLOYEE', 'BUSINESS']), HR)).toEqual({ kind: 'yours', role: 'HR' });
  });

  it('tells a later signer they come after the awaited one', () => {
    expect(turn(pending('EMPLOYEE', []), LEAD)).toEqual({ kind: 'later', awaiting: 'EMPLOYEE', yours: 'BUSINESS' });
    expect(turn(pending('EMPLOYEE', []), HR)).toEqual({ kind: 'later', awaiting: 'EMPLOYEE', yours: 'HR' });
    // An admin may give both remaining signatures, but the employee's comes first.
    expect(turn(pending('EMPLOYEE', []), ADMIN)).toEqual({ kind: 'later', awaiting: 'EMPLOYEE', yours: 'BUSINESS' });
  });

  it("says when none of the rest is the viewer's", () => {
    expect(turn(pending('BUSINESS', ['EMPLOYEE']), EMPLOYEE)).toEqual({ kind: 'others', awaiting: 'BUSINESS' });
    expect(turn(pending('HR', ['EMPLOYEE', 'BUSINESS']), LEAD)).toEqual({ kind: 'others', awaiting: 'HR' });
  });

  it('has no turn when nothing is pending', () => {
    expect(signingTurn({ state: 'SIGNED', awaiting: null, signatures: [] }, () => true)).toEqual({ kind: 'none' });
    expect(signingTurn({ state: 'DRAFT', awaiting: null, signatures: [] }, () => true)).toEqual({ kind: 'none' });
  });

  it('names what comes after a signature', () => {
    expect(nextAfter('EMPLOYEE')).toBe('BUSINESS');
    expect(nextAfter('BUSINESS')).toBe('HR');
    expect(nextAfter('HR')).toBeNull();
  });
});

describe('fields hidden from the viewer', () => {
  const forbidden = (path: (string | number)[]) => new GraphQLError('payTerms needs compensation.read', { path, extensions: { code: 'FORBIDDEN' } });

  it('are not failures: pay terms, the document, a signer IP and user agent', () => {
    expect(isHiddenFieldError(forbidden(['contract', 'versions', 0, 'payTerms']))).toBe(true);
    expect(isHiddenFieldError(forbidden(['contract', 'latestVersion', 'document']))).toBe(true);
    expect(isHiddenFieldError(forbidden(['contract', 'versions', 1, 'signatures', 0, 'ip']))).toBe(true);
    const error = new ApolloError({ graphQLErrors: [forbidden(['contract', 'versions', 0, 'payTerms']), forbidden(['contract', 'versions', 0, 'signatures', 2, 'userAgent'])] });
    expect(unexpectedErrors(error)).toEqual([]);
  });

  it('leaves any other error standing', () => {
    const notFound = new GraphQLError('Not found', { path: ['contract'], extensions: { code: 'NOT_FOUND' } });
    const forbiddenElsewhere = forbidden(['contract', 'employee']);
    const error = new ApolloError({ graphQLErrors: [notFound, forbiddenElsewhere, forbidden(['contract', 'versions', 0, 'payTerms'])] });
    expect(unexpectedErrors(error)).toHaveLength(2);
    expect(unexpectedErrors(undefined)).toEqual([]);
    expect(unexpectedErrors(new ApolloError({ networkError: new Error('offline') }))).toHaveLength(1);
  });
});

describe('hashes', () => {
  it('hashes UTF-8 as the server does', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    // Python: hashlib.sha256("合同\n".encode("utf-8")).hexdigest()
    expect(await sha256Hex('合同\n')).toBe('c009ef1ce36af6c53a47a2bac691bb965982e288c4ded114390ac37a60ff5c01');
  });

  it('shows a prefix', () => {
    expect(hashPrefix('ba7816bf8f01cfea414140de5dae2223')).toBe('ba7816bf8f01');
    expect(hashPrefix(null)).toBe('');
  });
});
