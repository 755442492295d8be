// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeViewer, renderPage } from '@/app/testing';
import { addDays, companyToday } from '@/features/traffic/trafficState';
import { ClauseForm } from './ClauseForm';
import ContractDetailPage from './ContractDetailPage';
import ContractListPage from './ContractListPage';
import ContractSignPage from './ContractSignPage';
import { ClauseCreateMutation, ContractSignMutation } from './mutations';
import { ContractDetailsQuery, ContractListQuery, ContractOwnerQuery, ContractSigningQuery } from './queries';

const HOST_ID = 'RW1wbG95ZWU6NjY=';
const LEAD_ID = 'RW1wbG95ZWU6MTE=';
const CONTRACT_ID = 'Q29udHJhY3Q6MjI5';
const HASH = '3960f7207e7d9a06edfa2ab1e1b8b5ad9aec65d943230f798fe53ef8dc46c89c';

const LEAD = makeViewer({
  roles: ['team_lead'],
  rowScope: 'team',
  permissions: ['employees.read', 'org.read', 'contracts.read', 'contracts.sign_business', 'self.read_pii', 'self.read_pay'],
  employee: { __typename: 'Employee', id: LEAD_ID, name: 'Mao Yan', employeeNo: 'MCN000011' },
});
const HR = makeViewer({
  roles: ['hr_manager'],
  rowScope: 'all',
  permissions: ['employees.read', 'compensation.read', 'contracts.read', 'contracts.write', 'self.read_pii', 'self.read_pay'],
  employee: { __typename: 'Employee', id: 'RW1wbG95ZWU6Mg==', name: 'He Jing', employeeNo: 'MCN000002' },
});
const EMPLOYEE = makeViewer({
  roles: ['employee'],
  rowScope: 'self',
  permissions: ['employees.read', 'contracts.read', 'self.read_pii', 'self.read_pay'],
  employee: { __typename: 'Employee', id: HOST_ID, name: 'Zhuang Xin', employeeNo: 'MCN000066' },
});

const employee = {
  __typename: 'Employee',
  id: HOST_ID,
  name: 'Zhuang Xin',
  employeeNo: 'MCN000066',
  team: { __typename: 'Team', id: 'VGVhbTox', name: 'Beauty 1', lead: { __typename: 'Employee', id: LEAD_ID } },
};

const shareVariable = { __typename: 'ClauseVariable', name: 'revenue_share_percent', type: 'percent', label: 'Share', min: null, max: null };
const template = {
  __typename: 'ContractTemplate',
  id: 'Q29udHJhY3RUZW1wbGF0ZTox',
  name: 'Part-time host',
  contractType: 'PART_TIME',
  latestVersion: 1,
  versions: [
    {
      __typename: 'ContractTemplateVersion',
      version: 1,
      createdAt: '2026-01-01T00:00:00+00:00',
      createdBy: 'seed',
      clauses: [{ __typename: 'TemplateClause', key: 'revenue_share', title: 'Revenue share', body: '{{revenue_share_percent}}% to the host.', variables: [shareVariable] }],
    },
  ],
};

function signature(role: string, signer: string, withDetails: boolean) {
  return {
    __typename: 'ContractSignature',
    role,
    signer,
    signedAt: '2026-12-02T08:47:00+00:00',
    documentSha256: HASH,
    matchesDocument: true,
    ...(withDetails ? { ip: '10.8.0.12', userAgent: 'Mobile Safari' } : {}),
  };
}

function version(overrides: Record<string, unknown>, { withPay, withDetails }: { withPay: boolean; withDetails: boolean }) {
  return {
    __typename: 'ContractVersion',
    version: 1,
    state: 'PENDING_SIGNATURE',
    effectiveOn: '2026-12-09',
    note: null,
    startsOn: '2026-12-09',
    endsOn: '2027-12-08',
    probationEndsOn: null,
    documentSha256: HASH,
    submittedAt: '2026-12-02T08:00:00+00:00',
    signedAt: null,
    tampered: false,
    awaiting: 'BUSINESS',
    values: [{ __typename: 'ContractValue', name: 'revenue_share_percent', value: '20' }],
    clauses: [{ __typename: 'FilledClause', key: 'revenue_share', title: 'Revenue share', text: '20% to the host.' }],
    diff: [],
    signatures: [signature('EMPLOYEE', 'employee@demo.hrgraph.local', withDetails)],
    ...(withPay ? { payTerms: { __typename: 'ContractPayTerms', monthlyBase: '6000.00', revenueSharePercent: '20.00', guaranteedMinimum: null } } : {}),
    ...overrides,
  };
}

function contract(overrides: Record<string, unknown>, versions: unknown[]) {
  return {
    __typename: 'Contract',
    id: CONTRACT_ID,
    number: 'HT-2026-000229',
    contractType: 'PART_TIME',
    status: 'PENDING_SIGNATURE',
    startsOn: '2026-12-09',
    endsOn: '2027-12-08',
    terminatedOn: null,
    terminationReason: null,
    createdAt: '2026-12-02T08:00:00+00:00',
    templateVersion: 1,
    employee,
    predecessor: { __typename: 'Contract', id: 'Q29udHJhY3Q6MTIw', number: 'HT-2025-000120', status: 'ACTIVE', startsOn: '2025-12-09', endsOn: '2026-12-08' },
    successor: null,
    template,
    versions,
    ...overrides,
  };
}

const ownerMock = {
  request: { query: ContractOwnerQuery, variables: { id: CONTRACT_ID } },
  result: { data: { contract: { __typename: 'Contract', id: CONTRACT_ID, employee: { __typename: 'Employee', id: HOST_ID } } } },
};

afterEach(cleanup);

describe('the contract page', () => {
  it('shows a team lead the contract without pay, asks for none, and offers the business signature', async () => {
    renderPage(<ContractDetailPage />, {
      viewer: LEAD,
      path: '/contracts/:id',
      url: `/contracts/${CONTRACT_ID}`,
      mocks: [
        ownerMock,
        {
          // Not the lead's own contract: neither pay nor the signers' IP is asked for.
          request: { query: ContractDetailsQuery, variables: { id: CONTRACT_ID, withPay: false, withSignerDetails: false } },
          result: { data: { contract: contract({}, [version({}, { withPay: false, withDetails: false })]) } },
        },
      ],
    });
    expect((await screen.findByTestId('contract-number')).textContent).toBe('HT-2026-000229');
    expect(screen.queryByTestId('contract-pay-terms')).toBeNull();
    expect(document.body.textContent).not.toMatch(/Monthly base pay|Guaranteed minimum|¥/);
    expect(document.body.textContent).not.toContain('Some fields');
    expect(screen.getByTestId('contract-sign').textContent).toBe('Sign as Business representative');
    expect(screen.queryByTestId('contract-renew')).toBeNull();
    expect(screen.getByTestId('contract-predecessor').textContent).toBe('HT-2025-000120');
    expect(screen.getByTestId('contract-signature').textContent).toBe('Employee · employee@demo.hrgraph.local');
  });

  it('shows HR the pay, the clause changes, the signature trail and a tampered version', async () => {
    const visible = { withPay: true, withDetails: true };
    const signed = version({ state: 'SIGNED', awaiting: null, signedAt: '2025-12-06T02:00:00+00:00' }, visible);
    const amended = version(
      {
        version: 2,
        state: 'SIGNED',
        awaiting: null,
        effectiveOn: '2026-06-01',
        note: 'Share raised',
        tampered: true,
        payTerms: { __typename: 'ContractPayTerms', monthlyBase: '6000.00', revenueSharePercent: '25.00', guaranteedMinimum: '5000' },
        diff: [{ __typename: 'ClauseChange', key: 'revenue_share', title: 'Revenue share', kind: 'CHANGED', before: '20% to the host.', after: '25% to the host.' }],
        signatures: [signature('EMPLOYEE', 'Zhuang Xin', true), signature('BUSINESS', 'Mao Yan', true), { ...signature('HR', 'He Jing', true), matchesDocument: false }],
      },
      visible,
    );
    renderPage(<ContractDetailPage />, {
      viewer: HR,
      path: '/contracts/:id',
      url: `/contracts/${CONTRACT_ID}`,
      mocks: [
        {
          request: { query: ContractDetailsQuery, variables: { id: CONTRACT_ID, withPay: true, withSignerDetails: true } },
          result: { data: { contract: contract({ status: 'ACTIVE' }, [signed, amended]) } },
        },
      ],
    });
    const latest = await screen.findByTestId('contract-version-2');
    const pay = within(latest).getByTestId('contract-pay-terms').textContent ?? '';
    expect(pay).toContain('¥6,000.00');
    expect(pay).toContain('25.00%');
    expect(pay).toContain('¥5,000.00');
    const change = within(latest).getByTestId('contract-diff-item');
    expect(change.getAttribute('data-kind')).toBe('CHANGED');
    expect(change.textContent).toContain('20% to the host.');
    expect(change.textContent).toContain('25% to the host.');
    expect(within(latest).getByTestId('contract-tampered')).toBeTruthy();
    expect(screen.getByTestId('contract-tampered-banner')).toBeTruthy();
    expect(within(latest).getAllByTestId('contract-signature').map((s) => s.getAttribute('data-role'))).toEqual(['EMPLOYEE', 'BUSINESS', 'HR']);
    expect(within(latest).getByTestId('signature-mismatch')).toBeTruthy();
    expect(latest.textContent).toContain('IP 10.8.0.12');
    // Active, signed, fixed-term and not yet renewed: HR may amend, renew or terminate; nobody signs.
    expect(screen.getByTestId('contract-renew')).toBeTruthy();
    expect(screen.getByTestId('contract-amend')).toBeTruthy();
    expect(screen.getByTestId('contract-terminate')).toBeTruthy();
    expect(screen.queryByTestId('contract-sign')).toBeNull();
  });
});

describe('signing', () => {
  const DOCUMENT = '<!doctype html><html><body><h1>非全日制用工协议 Part-time agreement</h1><script>parent.alert(1)</script><p>HT-2026-000229</p></body></html>';
  // As the server hashes it: SHA-256 of the UTF-8 bytes.
  const DOCUMENT_HASH = createHash('sha256').update(DOCUMENT, 'utf8').digest('hex');

  function signingMock(overrides: Record<string, unknown>) {
    return {
      request: { query: ContractSigningQuery, variables: { id: CONTRACT_ID, withPay: true } },
      result: {
        data: {
          contract: {
            __typename: 'Contract',
            id: CONTRACT_ID,
            number: 'HT-2026-000229',
            contractType: 'PART_TIME',
            status: 'PENDING_SIGNATURE',
            startsOn: '2026-12-09',
            endsOn: '2027-12-08',
            employee,
            latestVersion: {
              __typename: 'ContractVersion',
              version: 1,
              state: 'PENDING_SIGNATURE',
              effectiveOn: '2026-12-09',
              startsOn: '2026-12-09',
              endsOn: '2027-12-08',
              documentSha256: DOCUMENT_HASH,
              tampered: false,
              awaiting: 'EMPLOYEE',
              clauses: [{ __typename: 'FilledClause', key: 'revenue_share', title: 'Revenue share', text: '20% to the host.' }],
              signatures: [],
              document: DOCUMENT,
              ...overrides,
            },
          },
        },
      },
    };
  }

  it('shows the employee the document sandboxed, and signs once they confirm', async () => {
    renderPage(<ContractSignPage />, {
      viewer: EMPLOYEE,
      path: '/contracts/:id/sign',
      url: `/contracts/${CONTRACT_ID}/sign`,
      mocks: [
        ownerMock,
        signingMock({}),
        {
          request: { query: ContractSignMutation, variables: { id: CONTRACT_ID } },
          result: {
            data: {
              contractSign: {
                __typename: 'ContractPayload',
                errors: [],
                contract: {
                  __typename: 'Contract',
                  id: CONTRACT_ID,
                  number: 'HT-2026-000229',
                  contractType: 'PART_TIME',
                  status: 'PENDING_SIGNATURE',
                  startsOn: '2026-12-09',
                  endsOn: '2027-12-08',
                  terminatedOn: null,
                  employee: { ...employee, team: { __typename: 'Team', id: 'VGVhbTox', name: 'Beauty 1' } },
                  latestVersion: { __typename: 'ContractVersion', version: 1, state: 'PENDING_SIGNATURE', awaiting: 'BUSINESS' },
                },
              },
            },
          },
        },
        signingMock({ awaiting: 'BUSINESS', signatures: [{ __typename: 'ContractSignature', role: 'EMPLOYEE', signer: 'employee@demo.hrgraph.local', signedAt: '2026-12-02T08:47:00+00:00' }] }),
      ],
    });
    const frame = await screen.findByTestId('contract-document');
    // Scripts in the document cannot run: the sandbox does not allow them.
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin');
    expect(frame.getAttribute('srcdoc')).toBe(DOCUMENT);
    expect(screen.getByTestId('contract-hash').textContent).toContain(DOCUMENT_HASH);
    // Hashed again in the browser: the text on screen is the one the hash names.
    expect((await screen.findByTestId('contract-hash-check')).getAttribute('data-result')).toBe('matches');

    const submit = screen.getByTestId('contract-sign-submit') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.click(screen.getByTestId('contract-sign-agree'));
    await waitFor(() => expect(submit.disabled).toBe(false));
    fireEvent.click(submit);
    const status = await screen.findByTestId('contract-sign-status');
    await waitFor(() => expect(status.textContent).toBe('Now waiting for the Business representative signature'));
    expect(screen.queryByTestId('contract-sign-submit')).toBeNull();
  });

  it('refuses to let anyone sign a text that does not match its hash', async () => {
    renderPage(<ContractSignPage />, {
      viewer: EMPLOYEE,
      path: '/contracts/:id/sign',
      url: `/contracts/${CONTRACT_ID}/sign`,
      mocks: [ownerMock, signingMock({ documentSha256: HASH })],
    });
    expect((await screen.findByTestId('contract-hash-check')).getAttribute('data-result')).toBe('differs');
    fireEvent.click(screen.getByTestId('contract-sign-agree'));
    expect((screen.getByTestId('contract-sign-submit') as HTMLButtonElement).disabled).toBe(true);
  });

  it("tells a later signer whose signature comes first, and gives them no Sign button", async () => {
    renderPage(<ContractSignPage />, {
      viewer: HR,
      path: '/contracts/:id/sign',
      url: `/contracts/${CONTRACT_ID}/sign`,
      mocks: [signingMock({})],
    });
    expect((await screen.findByTestId('contract-sign-later')).textContent).toContain('Waiting for the Employee signature; yours (HR) comes after it.');
    expect(screen.queryByTestId('contract-sign-submit')).toBeNull();
  });
});

describe('the contract list', () => {
  it('reads the expiring view from the URL, asks for 30 days and shows the days left', async () => {
    const endsOn = addDays(companyToday(), 12);
    renderPage(<ContractListPage />, {
      viewer: makeViewer({ roles: ['finance'], permissions: ['contracts.read'] }),
      path: '/contracts',
      url: '/contracts?view=expiring',
      mocks: [
        {
          request: { query: ContractListQuery, variables: { first: 20, after: null, filter: { expiringWithinDays: 30 } } },
          result: {
            data: {
              contracts: {
                __typename: 'ContractConnection',
                totalCount: 1,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
                edges: [
                  {
                    __typename: 'ContractEdge',
                    cursor: 'c1',
                    node: {
                      __typename: 'Contract',
                      id: CONTRACT_ID,
                      number: 'HT-2025-000120',
                      contractType: 'FULL_TIME',
                      status: 'ACTIVE',
                      startsOn: '2025-12-09',
                      endsOn,
                      terminatedOn: null,
                      employee: { ...employee, team: { __typename: 'Team', id: 'VGVhbTox', name: 'Beauty 1' } },
                      latestVersion: { __typename: 'ContractVersion', version: 1, state: 'SIGNED', awaiting: null },
                    },
                  },
                ],
              },
            },
          },
        },
      ],
    });
    expect((await screen.findByTestId('contract-link', undefined, { timeout: 15000 })).getAttribute('href')).toBe(`/contracts/${CONTRACT_ID}`);
    expect(screen.getByTestId('contract-days-left').textContent).toBe('12 d');
    expect(screen.getByTestId('contract-employee').getAttribute('href')).toBe(`/employees/${encodeURIComponent(HOST_ID)}`);
    // The expiring view has no status filter (all its contracts are active).
    expect(screen.queryByTestId('contract-filter-status')).toBeNull();
  }, 30000);
});

describe('the clause form', () => {
  it("warns of an undeclared variable and shows the server's refusal under the body", async () => {
    renderPage(<ClauseForm open clause={null} onClose={() => undefined} onSaved={() => undefined} />, {
      viewer: HR,
      path: '/contracts/templates',
      url: '/contracts/templates?tab=clauses',
      mocks: [
        {
          request: { query: ClauseCreateMutation, variables: { input: { key: 'bonus_clause', title: 'Bonus', body: 'CNY {{bonus}} each', variables: [] } } },
          result: {
            data: {
              clauseCreate: {
                __typename: 'ClausePayload',
                clause: null,
                errors: [{ __typename: 'ContractError', field: 'body', code: 'INVALID', message: 'The body uses undeclared variables: bonus; declare them.' }],
              },
            },
          },
        },
      ],
    });
    fireEvent.change(await screen.findByTestId('clause-key'), { target: { value: 'bonus_clause' } });
    fireEvent.change(screen.getByTestId('clause-title'), { target: { value: 'Bonus' } });
    fireEvent.change(screen.getByTestId('clause-body'), { target: { value: 'CNY {{bonus}} each' } });
    expect((await screen.findByTestId('clause-undeclared')).textContent).toContain('bonus');
    fireEvent.click(screen.getByTestId('clause-form-submit'));
    const bodyItem = screen.getByTestId('clause-body').closest('.ant-form-item') as HTMLElement;
    await waitFor(() => expect(bodyItem.querySelector('.ant-form-item-explain-error')?.textContent).toBe('The body uses undeclared variables: bonus; declare them.'));
    expect(screen.queryByTestId('clause-form-error')).toBeNull();
  }, 30000);
});
