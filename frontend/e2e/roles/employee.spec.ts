import { expect, test } from '../fixtures';
import { describeRole } from './roleSpec';

// Only self-service: their contracts, KPI scores, training, leave, payslips, own traffic and alerts; no lists of others.
describeRole(
  'employee',
  {
    menu: ['/', '/org', '/traffic', '/me/contracts', '/me/reviews', '/me/training', '/me/leave', '/me/payslips', '/alerts', '/graphiql'],
    cards: ['myContracts', 'myTraffic', 'myReviews', 'myTraining', 'myLeave', 'alerts'],
    refused: ['/payroll', '/commission-plans', '/performance', '/analytics/risk', '/audit', '/users', '/finance/figures', '/partners'],
  },
  () => {
    test('"My profile" opens their own record, without anyone else in sight', async ({ page, employeeDetail }) => {
      await page.goto('/');
      await page.getByTestId('user-menu').click();
      await page.getByRole('menuitem', { name: '我的档案' }).click();
      await employeeDetail.waitForLoaded();
      await expect(page).toHaveURL(/\/employees\/[^/]+$/);
      await expect(page.getByTestId('side-menu').getByRole('link', { name: '员工', exact: true })).toHaveCount(0);
    });
  },
);
