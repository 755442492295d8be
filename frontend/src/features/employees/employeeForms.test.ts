import { describe, expect, it } from 'vitest';
import type { EmployeeDetailsQuery } from '@/graphql/generated/graphql';
import { createInput, terminateInput, transferInput, updateInput, valuesOf } from './employeeForms';

type Employee = NonNullable<EmployeeDetailsQuery['employee']>;

const employee = {
  __typename: 'Employee',
  id: 'RW1wbG95ZWU6MQ==',
  employeeNo: 'E0001',
  name: '王小美',
  gender: 'FEMALE',
  birthDate: '1998-05-01',
  phone: '13800138000',
  email: null,
  employmentType: 'FULL_TIME',
  status: 'PROBATION',
  hiredOn: '2026-03-01',
  leftOn: null,
  isHost: true,
  idNumber: null,
  baseSalary: '8000.00',
  bankAccount: null,
  department: { __typename: 'Department', id: 'dept-1', name: '美妆直播部', code: 'BEAUTY' },
  team: { __typename: 'Team', id: 'team-1', name: '美妆一组' },
  position: { __typename: 'Position', id: 'pos-1', title: '主播', level: null },
  manager: null,
  history: [],
} as Employee;

const full = { withPii: true, withPay: true };

describe('employee forms', () => {
  it('sends a new hire trimmed, without empty texts, and without what the viewer may not set', () => {
    const values = { name: ' 李四 ', employmentType: 'TALENT' as const, hiredOn: '2026-12-07', isHost: true, phone: '  ', idNumber: '110101199003070011', baseSalary: '9000', teamId: 'team-1' };
    expect(createInput(values, full)).toMatchObject({ name: '李四', phone: null, idNumber: '110101199003070011', baseSalary: '9000', teamId: 'team-1' });
    expect(createInput(values, { withPii: false, withPay: false })).toMatchObject({ idNumber: null, baseSalary: null, bankAccount: null, birthDate: null });
  });

  it('sends only what an edit changed, an emptied detail as null (clear) and an emptied name as empty', () => {
    const values = { ...valuesOf(employee), phone: '13900139000', status: 'ACTIVE' as const, email: null };
    expect(updateInput(employee, values, full)).toEqual({ id: employee.id, phone: '13900139000', status: 'ACTIVE' });
    expect(updateInput(employee, { ...valuesOf(employee), phone: '' }, full)).toEqual({ id: employee.id, phone: null });
    expect(updateInput(employee, { ...valuesOf(employee), name: ' ' }, full)).toEqual({ id: employee.id, name: '' });
    expect(updateInput(employee, { ...valuesOf(employee), gender: undefined, birthDate: null }, full)).toEqual({
      id: employee.id, gender: null, birthDate: null,
    });
    expect(updateInput(employee, { ...valuesOf(employee), birthDate: null }, { withPii: false, withPay: false })).toEqual({ id: employee.id });
    expect(updateInput(employee, { ...valuesOf(employee), baseSalary: '8000' }, full)).toEqual({ id: employee.id });
    expect(updateInput(employee, { ...valuesOf(employee), baseSalary: '8500.00' }, { withPii: true, withPay: false })).toEqual({ id: employee.id });
  });

  it('sends a transfer with only the placements that differ from today’s', () => {
    const values = { effectiveOn: '2026-12-07', departmentId: 'dept-1', teamId: 'team-2', positionId: 'pos-1', managerId: null, promotion: true, newSalary: '9500.00', note: ' 晋升 ' };
    expect(transferInput(employee, values, full)).toEqual({
      id: employee.id, effectiveOn: '2026-12-07', departmentId: null, teamId: 'team-2', positionId: null, managerId: null, promotion: true,
      newSalary: '9500.00', note: '晋升',
    });
    expect(transferInput(employee, values, { withPii: false, withPay: false }).newSalary).toBeNull();
  });

  it('sends an exit with its reason and who decided', () => {
    expect(terminateInput(employee, { leftOn: '2026-12-31', reasonCategory: 'CONTRACT_END', voluntary: false, note: '' })).toEqual({
      id: employee.id, leftOn: '2026-12-31', reasonCategory: 'CONTRACT_END', voluntary: false, note: null,
    });
  });
});
