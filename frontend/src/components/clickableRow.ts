import type { HTMLAttributes, KeyboardEvent } from 'react';

/**
 * What a table row that acts on click needs to work from the keyboard too: a tab stop, the
 * role of a toggle, and Enter/Space doing what the click does.
 */
export function clickableRow(onActivate: () => void, pressed: boolean): HTMLAttributes<HTMLElement> {
  return {
    onClick: onActivate,
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.target !== event.currentTarget || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      onActivate();
    },
    tabIndex: 0,
    role: 'button',
    'aria-pressed': pressed,
    style: { cursor: 'pointer' },
  };
}
