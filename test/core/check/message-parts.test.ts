import { q } from '../../../src/core/check/message-parts';

describe('q: a value quoted in a message', () => {
  it('is quoted as each language quotes', () => {
    expect([q.en('Malasia'), q.fr('Malasia')]).toEqual(['“Malasia”', '« Malasia »']);
  });

  it('is cut short when a cell holds a long text, so the message stays one readable line', () => {
    expect(q.en('x'.repeat(32767))).toBe(`“${'x'.repeat(99)}…”`);
  });
});
