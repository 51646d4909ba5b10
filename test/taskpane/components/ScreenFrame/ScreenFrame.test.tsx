/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { WorkbookUnusableError } from '../../../../src/core';
import { ScreenFrame } from '../../../../src/taskpane/components/ScreenFrame/ScreenFrame';
import { renderAlone } from '../../support/render';

/** Each part of the frame's root, by the text it shows. */
const parts = (root: Element) => [...root.children].map((part) => part.textContent);

describe('ScreenFrame', () => {
  it('lays out every part in one order: intro, settings, buttons, notes, progress, error, what was written, results', () => {
    const { container } = renderAlone(
      <ScreenFrame
        intro="What the screen does."
        beforeActions={<div>Settings</div>}
        actions={
          <>
            <button>Run</button>
            <button>Write</button>
          </>
        }
        afterActions={<span>A note</span>}
        status={<div role="status">Working…</div>}
        error={new WorkbookUnusableError('password-protected', { file: 'round.xlsx' })}
        written="Sheet written."
      >
        <div>Results</div>
      </ScreenFrame>,
    );
    const root = container.querySelector('section')!;
    expect(parts(root)).toEqual([
      'What the screen does.',
      'Settings',
      'RunWrite',
      'A note',
      'Working…',
      expect.stringMatching(/^round\.xlsx is protected by a password/),
      'Sheet written.',
      'Results',
    ]);
    expect(root.children[0].tagName).toBe('P');
    expect(screen.getByRole('button', { name: 'Run' }).parentElement).toBe(root.children[2]);
  });

  it('shows no intro, error or success bar without them, nor for a message that is false', () => {
    const { container } = renderAlone(
      <ScreenFrame actions={<button>Run</button>} status={<div role="status" />} written={false}>
        <div>Results</div>
      </ScreenFrame>,
    );
    expect(parts(container.querySelector('section')!)).toEqual(['Run', '', 'Results']);
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('is a div, with the classes given, when it is part of a screen', () => {
    const { container } = renderAlone(<ScreenFrame as="div" className="closer" actions={<button>Import</button>} status={null} />);
    expect(container.querySelector('section')).toBeNull();
    expect(screen.getByRole('button', { name: 'Import' }).parentElement!.parentElement!.classList).toContain('closer');
  });
});
