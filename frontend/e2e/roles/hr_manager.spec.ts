import { describeRole } from './roleSpec';

// People, pay data and the domains HR runs, plus their own self-service; not payroll runs, the audit trail or integrations.
describeRole('hr_manager', {
  menu: ['/', '/employees', '/org', '/traffic', '/contracts', '/me/contracts', '/performance', '/me/reviews', '/training', '/me/training', '/attendance', '/me/leave', '/analytics/risk', '/analytics/workforce', '/automation', '/commission-plans', '/me/payslips', '/alerts', '/graphiql'],
  cards: ['workforce', 'expiringContracts', 'alerts', 'trafficMovers'],
  refused: ['/payroll', '/audit', '/users', '/finance/figures', '/partners', '/webhooks'],
});
