import { expect, type Locator, type Page } from '@playwright/test';

export class GraphiQLPage {
  readonly editor: Locator;
  readonly runButton: Locator;
  readonly response: Locator;

  constructor(private readonly page: Page) {
    this.editor = page.locator('.graphiql-container .graphiql-query-editor .CodeMirror');
    this.runButton = page.locator('.graphiql-execute-button');
    this.response = page.locator('.graphiql-container .result-window');
  }

  async goto(): Promise<void> {
    await this.page.goto('/graphiql');
    await expect(this.editor).toBeVisible();
  }

  /** Replaces the query in the editor the way a person would (select all, type over it) and runs it. */
  async run(query: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.insertText(query);
    await expect(this.editor).toContainText(query.slice(0, 20));
    // GraphiQL picks up the operation name 100 ms after an edit (and stores it); running before
    // then sends the previous query's name.
    const name = /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(query)?.[1];
    if (name) {
      await expect
        .poll(() => this.page.evaluate(() => localStorage.getItem('graphiql:operationName')))
        .toBe(name);
    }
    await this.runButton.click();
  }

  async responseText(): Promise<string> {
    return this.response.innerText();
  }
}
