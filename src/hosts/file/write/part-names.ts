import type { EditablePackage } from '../package/editable-package';

/** `xl/tables/table` → the first of `xl/tables/table1.xml`, `table2.xml`, … that is not a part yet. */
export function freePartName(pkg: EditablePackage, stem: string): string {
  for (let n = 1; ; n += 1) {
    const part = `${stem}${n}.xml`;
    if (!pkg.has(part)) return part;
  }
}
