import type { Page } from '@playwright/test';

/**
 * The console's own words on a page, apart from its data: the menu, the header, page titles and
 * subtitles, buttons, table column titles, form labels and placeholders, tabs, card titles,
 * description labels, statistics' titles and empty states. Table bodies, links to records and
 * anything marked `data-i18n="data"` (a name, a team) are data and left out.
 */
export const CHROME_SELECTORS = [
  '[data-testid="side-menu"] .ant-menu-title-content',
  '.ant-layout-header button',
  'button',
  '[role="tab"]',
  '.ant-table-thead th',
  '.ant-form-item-label label',
  '.ant-select-selection-placeholder',
  '.ant-card-head-title',
  '.ant-descriptions-item-label',
  '.ant-statistic-title',
  '.ant-empty-description',
  '.ant-result-title',
  '.ant-result-subtitle',
  '.ant-segmented-item-label',
  '.ant-pagination-total-text',
  '.ant-alert-message',
  '.ant-checkbox-wrapper',
  '.ant-radio-button-wrapper',
];

export interface ChromeString {
  selector: string;
  text: string;
}

/** `record`: a list page's title and subtitle are copy; a record page's name the record (data). */
export async function chromeStrings(page: Page, { record = false } = {}): Promise<ChromeString[]> {
  const selectors = record ? CHROME_SELECTORS : [...CHROME_SELECTORS, '.page-container-header h3', '.page-container-header .ant-typography-secondary'];
  return page.evaluate((selectors) => {
    const DATA = '[data-testid$="-name"], a[href^="/employees/"], a[href^="/contracts/"], a[href^="/traffic/"], a[href^="/performance/"], a[href^="/payroll/"], a[href^="/commission-plans/"], [data-i18n="data"], [data-testid="viewer-email"], code';
    /** The element's visible text without the data inside it. */
    const ownText = (element: Element): string => {
      const clone = element.cloneNode(true) as Element;
      clone.querySelectorAll(DATA).forEach((node) => node.remove());
      return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    const seen = new Set<string>();
    const out: { selector: string; text: string }[] = [];
    for (const selector of selectors) {
      for (const element of Array.from(document.querySelectorAll(selector))) {
        if (!(element as HTMLElement).checkVisibility?.() || element.closest(DATA) || element.closest('.ant-table-tbody')) continue;
        const text = ownText(element);
        const placeholder = element.querySelector('input[placeholder]')?.getAttribute('placeholder') ?? '';
        for (const value of [text, placeholder]) {
          if (value && !seen.has(`${selector}|${value}`)) {
            seen.add(`${selector}|${value}`);
            out.push({ selector, text: value });
          }
        }
      }
    }
    for (const input of Array.from(document.querySelectorAll('input[placeholder], textarea[placeholder]'))) {
      const value = input.getAttribute('placeholder') ?? '';
      if ((input as HTMLElement).checkVisibility?.() && value && !seen.has(`placeholder|${value}`)) {
        seen.add(`placeholder|${value}`);
        out.push({ selector: 'placeholder', text: value });
      }
    }
    return out;
  }, selectors);
}

export const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** A translation key shown as it is spelled (i18next's answer for a missing key). */
export const RAW_KEY = /\b[a-z][A-Za-z]+(\.[A-Za-z0-9_]+){1,}\b/;
/** Words that read the same in Chinese pages: product names, units, formats and symbols. */
const SAME_IN_BOTH = /\b(hrgraph|GraphiQL|Webhook|GMV|KPI|CSV|Excel|JSON|IP|ID|URL|HTTP|HR|Q[1-4]|No|Top)\b/g;

/** A Chinese page's string that is English copy (not a product name, email or number). */
export function looksEnglish(text: string): boolean {
  const rest = text.replace(/\S+@\S+/g, '').replace(SAME_IN_BOTH, '');
  return /[A-Za-z]{3,}/.test(rest) && !CJK.test(text);
}
