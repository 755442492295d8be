import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

export type ContractSignerRole = 'EMPLOYEE' | 'BUSINESS' | 'HR';

/** `/contracts/:id/sign`: the document (a sandboxed iframe, or the clauses for one who may not read pay), its hash, and signing. */
export class ContractSignPage {
  readonly number: Locator;
  readonly document: FrameLocator;
  readonly documentFrame: Locator;
  readonly documentHidden: Locator;
  readonly hash: Locator;
  readonly hashCheck: Locator;
  readonly agree: Locator;
  readonly submit: Locator;
  readonly outcome: Locator;
  readonly status: Locator;

  constructor(private readonly page: Page) {
    this.number = page.getByTestId('contract-number');
    this.documentFrame = page.getByTestId('contract-document');
    this.document = page.frameLocator('[data-testid="contract-document"]');
    this.documentHidden = page.getByTestId('contract-document-hidden');
    this.hash = page.getByTestId('contract-hash');
    this.hashCheck = page.getByTestId('contract-hash-check');
    this.agree = page.getByTestId('contract-sign-agree');
    this.submit = page.getByTestId('contract-sign-submit');
    this.outcome = page.getByTestId('contract-sign-outcome');
    this.status = page.getByTestId('contract-sign-status');
  }

  async goto(contractPath: string): Promise<void> {
    await this.page.goto(`${contractPath}/sign`);
    await this.waitForLoaded();
  }

  async waitForLoaded(number?: string): Promise<void> {
    await expect(this.page.getByTestId('contract-sign-page')).toBeVisible();
    if (number) await expect(this.number).toHaveText(number);
  }

  /** Confirms having read it and signs; waits for the page to say what the contract waits for now. */
  async sign(): Promise<void> {
    await expect(this.submit).toBeDisabled();
    await this.agree.check();
    await expect(this.submit).toBeEnabled();
    await this.submit.click();
    await expect(this.outcome).toBeVisible();
  }
}
