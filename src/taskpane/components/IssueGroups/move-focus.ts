import type { KeyboardEvent } from 'react';

const STEP: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowUp: -1 };

/**
 * The up and down arrows go from button to button of the list: group headers and issues. The next one
 * is always drawn (the window draws a few rows beyond the view), and focusing it scrolls it into view.
 */
export function moveFocus(event: KeyboardEvent<HTMLElement>): void {
  const step = STEP[event.key];
  if (!step) return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('button'));
  const next = buttons[buttons.indexOf(event.target as HTMLElement) + step];
  if (!next) return;
  event.preventDefault();
  next.focus();
}
