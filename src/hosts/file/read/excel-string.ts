/**
 * A string as Excel stores it, in the shared strings or inline in a cell: plain (`<t>`), or rich
 * text whose runs (`<r><t>`) are joined. Phonetic runs (`<rPh>`, furigana over Japanese text) are
 * a reading aid, not the text, and are left out. Collects between `<si>`/`<is>` and its end.
 */
export class ExcelString {
  private parts: string[] = [];
  private inText = false;
  private phonetic = 0;

  start(): void {
    this.parts = [];
    this.inText = false;
    this.phonetic = 0;
  }

  open(name: string): void {
    if (name === 'rPh') this.phonetic += 1;
    else if (name === 't' && this.phonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.phonetic -= 1;
    else if (name === 't') this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  value(): string {
    return unescapeExcelText(this.parts.join(''));
  }
}

/** Excel writes a character XML cannot hold as `_xHHHH_`, and a literal `_x` as `_x005F_x`: read back. */
export function unescapeExcelText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
