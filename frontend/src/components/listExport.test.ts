import { describe, expect, it } from 'vitest';
import { EmployeeListQuery } from '@/features/employees/queries';
import { labelsOf, listExportBody } from './listExport';

describe('the list export request', () => {
  const request = {
    query: EmployeeListQuery,
    connection: 'employees',
    variables: { first: 20, after: 'Y3Vyc29yOjE5', filter: { search: '王' }, withCompensation: false },
    columns: [
      { path: 'employeeNo', header: '工号' },
      { path: 'status', header: '状态', labels: labelsOf(['ACTIVE', 'LEFT'] as const, (s) => (s === 'ACTIVE' ? '在职' : '已离职')) },
    ],
    fileName: '员工',
  };

  it("sends the list's own query text, its filters without the page it is on, and the shown columns", () => {
    const body = listExportBody(request);
    expect(body.query).toContain('query EmployeeList(');
    expect(body.query).toContain('baseSalary @include(if: $withCompensation)');
    expect(body.variables).toEqual({ filter: { search: '王' }, withCompensation: false });
    expect(body.columns).toEqual([
      { path: 'employeeNo', header: '工号' },
      { path: 'status', header: '状态', labels: { ACTIVE: '在职', LEFT: '已离职' } },
    ]);
    expect(body).toMatchObject({ connection: 'employees', filename: '员工' });
  });

  it('keeps `first` for a plain top-N list, which it sizes', () => {
    expect(listExportBody({ ...request, keepFirst: true }).variables).toEqual({ first: 20, filter: { search: '王' }, withCompensation: false });
  });
});
