import { test as base } from '@playwright/test';
import { ConsoleLayout } from './pages/ConsoleLayout';
import { EmployeeDetailPage } from './pages/EmployeeDetailPage';
import { EmployeeListPage } from './pages/EmployeeListPage';
import { GraphiQLPage } from './pages/GraphiQLPage';
import { LoginPage } from './pages/LoginPage';

export const test = base.extend<{
  loginPage: LoginPage;
  layout: ConsoleLayout;
  employeeList: EmployeeListPage;
  employeeDetail: EmployeeDetailPage;
  graphiql: GraphiQLPage;
}>({
  loginPage: async ({ page }, use) => use(new LoginPage(page)),
  layout: async ({ page }, use) => use(new ConsoleLayout(page)),
  employeeList: async ({ page }, use) => use(new EmployeeListPage(page)),
  employeeDetail: async ({ page }, use) => use(new EmployeeDetailPage(page)),
  graphiql: async ({ page }, use) => use(new GraphiQLPage(page)),
});

export { expect } from '@playwright/test';
