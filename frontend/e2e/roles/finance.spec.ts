import { describeRole } from './roleSpec';

// Pay and payroll, with the payroll status on the home page; no performance, risk scores, audit or integrations.
describeRole('finance', {
  menu: ['/', '/employees', '/org', '/traffic', '/contracts', '/me/contracts', '/attendance', '/me/leave', '/analytics/workforce', '/payroll', '/finance/figures', '/commission-plans', '/me/payslips', '/alerts', '/graphiql'],
  cards: ['workforce', 'expiringContracts', 'payrollStatus', 'alerts'],
  refused: ['/performance', '/analytics/risk', '/audit', '/users', '/partners', '/webhooks'],
});
