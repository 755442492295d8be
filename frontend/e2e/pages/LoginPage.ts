import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-password';

export const DEMO_USERS = {
  admin: 'admin@demo.hrgraph.local',
  hr_manager: 'hr@demo.hrgraph.local',
  finance: 'finance@demo.hrgraph.local',
  recruiter: 'recruiter@demo.hrgraph.local',
  team_lead: 'lead@demo.hrgraph.local',
  employee: 'employee@demo.hrgraph.local',
} as const;

export type DemoRole = keyof typeof DEMO_USERS;

export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/login');
    await expect(this.page.getByTestId('login-submit')).toBeVisible();
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
    await this.page.getByTestId('login-email').fill(email);
    await this.page.getByTestId('login-password').fill(password);
    await this.page.getByTestId('login-submit').click();
  }

  /** Signs in as a demo role and waits for the console (its header shows the viewer's email). */
  async signInAs(role: DemoRole): Promise<void> {
    await this.goto();
    await this.signIn(DEMO_USERS[role]);
    await expect(this.page.getByTestId('viewer-email')).toHaveText(DEMO_USERS[role]);
  }
}
