import { describeRole } from './roleSpec';

// Everything, and no self-service: the demo admin is not an employee.
describeRole('admin', {
  menu: ['/', '/employees', '/org', '/traffic', '/contracts', '/performance', '/training', '/attendance', '/analytics/risk', '/analytics/workforce', '/automation', '/payroll', '/finance/figures', '/commission-plans', '/alerts', '/audit', '/users', '/partners', '/webhooks', '/graphiql'],
  cards: ['workforce', 'expiringContracts', 'payrollStatus', 'alerts', 'trafficMovers'],
  refused: [],
});
