import { shortened } from '../../../src/core/text/shorten';

describe('shortened', () => {
  it('keeps a text of at most the length', () => {
    expect(shortened('Malaysia', 8)).toBe('Malaysia');
  });

  it('cuts a longer one to the length, the last character an ellipsis', () => {
    expect(shortened('a'.repeat(32767))).toBe(`${'a'.repeat(99)}…`);
    expect(shortened('Atlantis lorem ipsum', 10)).toBe('Atlantis …');
  });

  it('never cuts a character of two UTF-16 units in half', () => {
    expect(shortened('ab🇲🇾cd', 4)).toBe('ab…');
  });
});
