/** Pieces of text gathered into one block of UTF-8 once they make this many characters. */
const BLOCK = 1 << 16;
const encoder = new TextEncoder();

/**
 * Text written a piece at a time and kept as UTF-8, a block at a time: a part of 50,000 rows is never
 * one string, nor an array of 50,000 (each, as large as the part, would be made and dropped again).
 */
export class Utf8Writer {
  private readonly blocks: Uint8Array[] = [];
  private pieces: string[] = [];
  private length = 0;

  write(text: string): void {
    this.pieces.push(text);
    this.length += text.length;
    if (this.length >= BLOCK) this.encodePieces();
  }

  bytes(): Uint8Array {
    this.encodePieces();
    const bytes = new Uint8Array(this.blocks.reduce((total, block) => total + block.length, 0));
    let offset = 0;
    for (const block of this.blocks.splice(0)) {
      bytes.set(block, offset);
      offset += block.length;
    }
    return bytes;
  }

  private encodePieces(): void {
    if (this.pieces.length === 0) return;
    this.blocks.push(encoder.encode(this.pieces.join('')));
    this.pieces = [];
    this.length = 0;
  }
}
