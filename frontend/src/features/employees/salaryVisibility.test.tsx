// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeViewer, renderPage } from '@/app/testing';
import EmployeeDetailPage from './EmployeeDetailPage';
import EmployeeListPage from './EmployeeListPage';
import { EmployeeDetailsQuery, EmployeeFilterOptionsQuery, EmployeeListQuery } from './queries';

const RECRUITER = makeViewer({ roles: ['recruiter'], permissions: ['employees.read'] });
const FINANCE = makeViewer({ roles: ['finance'], permissions: ['employees.read', 'compensation.read'] });

const department = { __typename: 'Department', id: 'RGVwYXJ0bWVudDox', name: 'Live Ops' } as const;

function employeeNode(withCompensation: boolean) {
  return {
    __typename: 'Employee',
    id: 'RW1wbG95ZWU6MQ==',
    employeeNo: 'E0001',
    name: 'Lin Xiaoyu',
    status: 'ACTIVE',
    employmentType: 'FULL_TIME',
    isHost: true,
    hiredOn: '2023-04-01',
    department,
    team: null,
    position: null,
    ...(withCompensation ? { baseSalary: '12000.00' } : {}),
  };
}

function listMocks(withCompensation: boolean) {
  return [
    {
      request: { query: EmployeeFilterOptionsQuery, variables: { departmentId: null } },
      result: {
        data: {
          departments: { __typename: 'DepartmentConnection', edges: [] },
          teams: { __typename: 'TeamConnection', edges: [] },
        },
      },
    },
    {
      request: {
        query: EmployeeListQuery,
        variables: { first: 20, after: null, filter: {}, orderBy: null, withCompensation },
      },
      result: {
        data: {
          employees: {
            __typename: 'EmployeeConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
            edges: [{ __typename: 'EmployeeEdge', cursor: 'c1', node: employeeNode(withCompensation) }],
          },
        },
      },
    },
  ];
}

function detailMocks(withCompensation: boolean) {
  return [
    {
      request: { query: EmployeeDetailsQuery, variables: { id: 'RW1wbG95ZWU6MQ==', withPii: false, withCompensation } },
      result: {
        data: {
          employee: {
            ...employeeNode(withCompensation),
            gender: 'FEMALE',
            phone: null,
            email: null,
            leftOn: null,
            manager: null,
            department: { ...department, code: 'LIVE' },
            ...(withCompensation ? { bankAccount: '6222 **** 1234' } : {}),
            history: [
              { __typename: 'EmploymentEvent', id: 'h1', kind: 'HIRED', occurredOn: '2023-04-01', note: null, reasonCategory: null, voluntary: null, department, team: null, position: null },
              {
                __typename: 'EmploymentEvent',
                id: 'h2',
                kind: 'SALARY_CHANGED',
                occurredOn: '2024-01-01',
                note: null,
                reasonCategory: null,
                voluntary: null,
                department,
                team: null,
                position: null,
                ...(withCompensation ? { salaryBefore: '10000.00', salaryAfter: '12000.00' } : {}),
              },
            ],
          },
        },
      },
    },
  ];
}

describe('salary visibility', () => {
  afterEach(cleanup);

  it('renders no salary column for a recruiter', { timeout: 30000 }, async () => {
    renderPage(<EmployeeListPage />, { viewer: RECRUITER, mocks: listMocks(false), path: '/employees', url: '/employees' });
    await screen.findByText('Lin Xiaoyu', undefined, { timeout: 15000 });
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).not.toContain('Base salary');
    expect(document.body.textContent).not.toMatch(/salary|¥/i);
  });

  it('renders the salary column for finance', { timeout: 30000 }, async () => {
    renderPage(<EmployeeListPage />, { viewer: FINANCE, mocks: listMocks(true), path: '/employees', url: '/employees' });
    await screen.findByText('Lin Xiaoyu', undefined, { timeout: 15000 });
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toContain('Base salary');
    expect(screen.getByText('¥12,000.00')).toBeTruthy();
  });

  it('shows a recruiter neither pay fields nor pay changes on the detail page', async () => {
    renderPage(<EmployeeDetailPage />, { viewer: RECRUITER, mocks: detailMocks(false), path: '/employees/:id', url: '/employees/RW1wbG95ZWU6MQ==' });
    await screen.findByTestId('employee-name');
    expect(screen.queryByTestId('employee-compensation')).toBeNull();
    expect(document.body.textContent).not.toMatch(/salary|bank/i);
    expect(screen.getByTestId('employee-history').textContent).toContain('Hired');
  });

  it('shows finance the pay card and the pay history', async () => {
    renderPage(<EmployeeDetailPage />, { viewer: FINANCE, mocks: detailMocks(true), path: '/employees/:id', url: '/employees/RW1wbG95ZWU6MQ==' });
    await screen.findByTestId('employee-name');
    await waitFor(() => expect(screen.getByTestId('employee-compensation').textContent).toContain('¥12,000.00'));
    expect(screen.getByTestId('employee-history').textContent).toContain('Salary change');
    expect(screen.getByTestId('employee-history').textContent).toContain('¥10,000.00 → ¥12,000.00');
  });
});
