import type { KeyboardEvent } from 'react';

/** The tab a key moves focus to, from the tab at `from` of `count`. */
const MOVES: Readonly<Record<string, (from: number, count: number) => number>> = {
  ArrowRight: (from, count) => (from + 1) % count,
  ArrowLeft: (from, count) => (from - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

function moveAmongTabs(event: KeyboardEvent<HTMLElement>): void {
  const move = MOVES[event.key];
  const tabs = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')];
  const from = tabs.indexOf(event.target as HTMLElement);
  if (!move || from < 0) return;
  event.preventDefault();
  tabs[move(from, tabs.length)].focus();
}

/**
 * A horizontal TabList's keyboard behaviour, by roving tabindex: the selected tab is the list's one stop
 * in the tab order, and arrow keys, Home and End move among the tabs, selecting the tab focused.
 * It takes the place of Fluent's Tabster mover (the `data-tabster` attribute it sets), which surrounds the
 * tabs with focusable aria-hidden elements: axe's aria-hidden-focus, a serious violation.
 */
export const ROVING_TAB_LIST = { 'data-tabster': undefined, selectTabOnFocus: true, onKeyDown: moveAmongTabs } as const;

/** Each tab's part: only the selected one is reached with the Tab key. */
export function rovingTab(selected: boolean): { readonly tabIndex: number } {
  return { tabIndex: selected ? 0 : -1 };
}
