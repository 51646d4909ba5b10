import { Utf8Writer } from '../../../../src/hosts/file/package/utf8-writer';

const decoded = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('Utf8Writer: text written in pieces, kept as UTF-8', () => {
  it('gives the pieces in order, as one UTF-8 text', () => {
    const writer = new Utf8Writer();
    ['<row>', 'Côte d’Ivoire', ' — 😀', '</row>'].forEach((piece) => writer.write(piece));
    expect(decoded(writer.bytes())).toBe('<row>Côte d’Ivoire — 😀</row>');
  });

  it('keeps every character of a text far longer than one block, the pieces of any length', () => {
    const pieces = Array.from({ length: 30_000 }, (_, i) => `<c r="A${i}"><t>Égalité ${'é'.repeat(i % 7)}</t></c>`);
    const writer = new Utf8Writer();
    pieces.forEach((piece) => writer.write(piece));
    writer.write('x'.repeat(200_000));
    const bytes = writer.bytes();
    expect(bytes).toEqual(new TextEncoder().encode(pieces.join('') + 'x'.repeat(200_000)));
  });

  it('gives empty bytes when nothing was written', () => {
    expect(new Utf8Writer().bytes()).toEqual(new Uint8Array(0));
  });
});
