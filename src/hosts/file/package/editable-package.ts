import { keyOf, openZip, PackageParts } from './package-parts';

/** The zip date of every part written: fixed, so the same input and plan give the same bytes. */
const WRITTEN_AT = new Date(Date.UTC(2000, 0, 1));
const decoder = new TextDecoder();

/**
 * An .xlsx package being edited: its parts by name (OPC part names ignore case and may be
 * stored with a leading slash). A part that is never written keeps its original zip entry,
 * bytes and date.
 */
export class EditablePackage extends PackageParts {
  /** What was written, as given: a worksheet comes as UTF-8, never made one string. */
  private readonly written = new Map<string, string | Uint8Array>();

  static override async open(bytes: Uint8Array): Promise<EditablePackage> {
    return new EditablePackage(await openZip(bytes));
  }

  override async text(part: string): Promise<string | undefined> {
    const entry = this.entries.get(keyOf(part));
    if (entry === undefined) return undefined;
    const written = this.written.get(entry);
    if (written === undefined) return super.text(part);
    return typeof written === 'string' ? written : decoder.decode(written);
  }

  write(part: string, content: string | Uint8Array): void {
    const entry = this.entries.get(keyOf(part)) ?? part;
    this.entries.set(keyOf(part), entry);
    this.written.set(entry, content);
  }

  /** Rewrites a part with `change`, which is given undefined when there is no such part yet. */
  async edit(part: string, change: (text: string | undefined) => string): Promise<void> {
    this.write(part, change(await this.text(part)));
  }

  remove(part: string): void {
    const entry = this.entries.get(keyOf(part));
    if (entry === undefined) return;
    this.entries.delete(keyOf(part));
    this.written.delete(entry);
    this.zip.remove(entry);
  }

  /** The package as a zip: parts written with their original text are left as they were. */
  async bytes(): Promise<Uint8Array> {
    for (const [entry, content] of this.written) {
      const original = await this.zip.file(entry)?.async('string');
      if (original !== (typeof content === 'string' || original === undefined ? content : decoder.decode(content))) {
        this.zip.file(entry, content, { date: WRITTEN_AT, createFolders: false });
      }
    }
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}
