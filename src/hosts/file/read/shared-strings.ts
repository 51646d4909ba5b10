import type { PackageParts } from '../package/package-parts';
import { ExcelString } from './excel-string';
import { parsePart } from './xml-stream';

/** The shared strings part, streamed: a cell of type `s` holds an index into it. */
export async function readSharedStrings(pkg: PackageParts, part: string | undefined): Promise<readonly string[]> {
  const strings: string[] = [];
  if (part === undefined) return strings;
  const current = new ExcelString();
  let inItem = false;
  await parsePart(pkg, part, {
    open(name) {
      if (name === 'si') {
        inItem = true;
        current.start();
      } else if (inItem) current.open(name);
    },
    close(name) {
      if (name === 'si') {
        inItem = false;
        strings.push(current.value());
      } else if (inItem) current.close(name);
    },
    text(text) {
      if (inItem) current.text(text);
    },
  });
  return strings;
}
