import { describeRole } from './roleSpec';

// Their team: its people, traffic, reviews to rate, risk and alerts, plus their own self-service; no pay, payroll or HR's cycles.
describeRole('team_lead', {
  menu: ['/', '/employees', '/org', '/traffic', '/contracts', '/me/contracts', '/performance/team', '/me/reviews', '/training', '/me/training', '/attendance', '/me/leave', '/analytics/risk', '/analytics/workforce', '/me/payslips', '/alerts', '/graphiql'],
  cards: ['workforce', 'expiringContracts', 'alerts', 'trafficMovers'],
  refused: ['/payroll', '/commission-plans', '/performance', '/audit', '/users', '/finance/figures', '/partners'],
});
