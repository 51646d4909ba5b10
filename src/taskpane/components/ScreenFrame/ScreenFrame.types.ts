import type { MessageBarProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * A screen's frame, each part in its slot and the slots always in this order: the intro, what comes before
 * the buttons, the buttons, what comes after them, the work in progress, the error, what was written, and
 * the screen's own results (the children).
 */
export interface ScreenFrameProps {
  /** The element holding it all: a screen is a section; a part of a screen (Import submissions) a div. */
  readonly as?: 'section' | 'div';
  /** Merged after the frame's own classes: another gap between the parts. */
  readonly className?: string;
  /** The opening paragraph saying what the screen does; none when absent. */
  readonly intro?: ReactNode;
  /** What the buttons act on, between the intro and the buttons: settings, choices. */
  readonly beforeActions?: ReactNode;
  /** The screen's buttons, in one row that wraps. */
  readonly actions: ReactNode;
  /** What follows the buttons: a line on what they do, a further step. */
  readonly afterActions?: ReactNode;
  /** The work in progress: a BusyStatus, or a progress bar of the screen's own. */
  readonly status: ReactNode;
  /** What went wrong, said in the error bar; nothing is shown without it. */
  readonly error?: unknown;
  /** What was just written or created, said in a success bar; nothing is shown when empty (undefined, null, false, ''). */
  readonly written?: ReactNode;
  /** The success bar's layout: multiline unless the screen says otherwise. */
  readonly writtenLayout?: NonNullable<MessageBarProps['layout']>;
  /** The screen's results, after everything else. */
  readonly children?: ReactNode;
}

/** The props, with the element and the success bar's layout settled. */
export type ScreenFrameState = Omit<ScreenFrameProps, 'as' | 'writtenLayout'> & Required<Pick<ScreenFrameProps, 'as' | 'writtenLayout'>>;
