import { expect, type Page } from '@playwright/test';

/** Where keyboard focus is: the element's test id, tag, href, the regions it sits in, and whether focus shows. */
export interface Focused {
  testId: string | null;
  tag: string;
  href: string | null;
  title: string | null;
  inMenu: boolean;
  inTableBody: boolean;
  inPager: boolean;
  /** inside an open dialog (its content or its focus sentinels) */
  inModal: boolean;
  inForm: boolean;
  visible: boolean;
}

export class Keyboard {
  constructor(private readonly page: Page) {}

  async focused(): Promise<Focused | null> {
    return this.page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      // Focus shows as an outline or a focus ring (box-shadow), on the element or, for an input,
      // on the control that wraps it (Ant Design rings the wrapper).
      const shows = (node: Element) => {
        const style = getComputedStyle(node);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || (style.boxShadow !== 'none' && style.boxShadow !== '');
      };
      const wrapper = element.closest('.ant-input-affix-wrapper, .ant-input-number, .ant-select, .ant-picker, .ant-input-search');
      const ring = shows(element) || (wrapper !== null && (shows(wrapper) || Array.from(wrapper.querySelectorAll('.ant-select-selector')).some(shows)));
      return {
        testId: element.getAttribute('data-testid'),
        tag: element.tagName.toLowerCase(),
        href: element.getAttribute('href'),
        title: element.getAttribute('title'),
        inMenu: Boolean(element.closest('[data-testid="side-menu"]')),
        inTableBody: Boolean(element.closest('.ant-table-tbody')),
        inPager: Boolean(element.closest('.ant-pagination')),
        inModal: Boolean(element.closest('.ant-modal-wrap, [role="dialog"]')),
        inForm: Boolean(element.closest('.ant-modal-content .ant-form')),
        visible: element.matches(':focus-visible') && ring,
      };
    });
  }

  /** Focus back to the top of the document, as on arriving at the page. */
  async fromTop(): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }

  /** Presses Tab until `wanted` holds for the focused element (at most `limit` presses); every stop on the way shows focus. */
  async tabTo(wanted: (focused: Focused) => boolean, what: string, limit = 80): Promise<Focused> {
    for (let press = 0; press < limit; press += 1) {
      await this.page.keyboard.press('Tab');
      const focused = await this.focused();
      // Ant Design's focus rings fade in (a short transition): give the ring a moment to show.
      if (focused && !focused.visible) {
        await expect.poll(async () => (await this.focused())?.visible, { message: `focus shows on ${JSON.stringify(focused)}`, timeout: 2_000 }).toBe(true);
      }
      if (focused && wanted(focused)) return focused;
    }
    throw new Error(`Tab never reached ${what} in ${limit} presses`);
  }
}
