import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export interface ExportedFile {
  fileName: string;
  bytes: Buffer;
}

/** The "Export CSV / Excel" buttons of a list (`ExportButtons`, test id `list-export` unless told). */
export class ListExport {
  constructor(
    private readonly page: Page,
    private readonly testId = 'list-export',
  ) {}

  button(format: 'csv' | 'xlsx') {
    return this.page.getByTestId(`${this.testId}-${format}`);
  }

  async download(format: 'csv' | 'xlsx'): Promise<ExportedFile> {
    await expect(this.button(format)).toBeEnabled();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.button(format).click()]);
    const path = await download.path();
    if (!path) throw new Error(`the ${format} download failed: ${await download.failure()}`);
    return { fileName: download.suggestedFilename(), bytes: await readFile(path) };
  }

  /** The CSV as rows of cells (the server writes a BOM and quotes only where needed). */
  static parseCsv(bytes: Buffer): string[][] {
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < text.length; i += 1) {
      const char = text[i]!;
      if (quoted) {
        if (char === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else if (char === '"') quoted = false;
        else cell += char;
      } else if (char === '"') quoted = true;
      else if (char === ',') {
        row.push(cell);
        cell = '';
      } else if (char === '\n' || char === '\r') {
        if (char === '\r' && text[i + 1] === '\n') i += 1;
        row.push(cell);
        rows.push(row);
        row = [];
        cell = '';
      } else cell += char;
    }
    if (cell || row.length) rows.push([...row, cell]);
    return rows;
  }
}
