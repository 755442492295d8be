import { expect, test } from '../fixtures';
import { describeRole } from './roleSpec';

// Who works where, and their own payslips; no pay of others, no payroll, contracts, traffic or alerts.
describeRole(
  'recruiter',
  {
    menu: ['/', '/employees', '/org', '/analytics/workforce', '/me/payslips', '/graphiql'],
    cards: ['workforce'],
    refused: ['/payroll', '/commission-plans', '/contracts', '/traffic', '/alerts', '/audit', '/users', '/finance/figures'],
  },
  () => {
    test('the employee list has no salary column', async ({ employeeList }) => {
      await employeeList.goto();
      const headers = await employeeList.columnHeaders();
      expect(headers).toContain('工号');
      expect(headers.join(' ')).not.toMatch(/工资|薪/);
    });
  },
);
