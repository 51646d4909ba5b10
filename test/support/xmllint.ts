import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether Debian's xmllint is here (CI installs it; a developer's machine may not have it). */
export const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** What xmllint says of the parts (each well-formed or not), by part name; empty when it finds nothing. */
export function xmllintErrors(parts: ReadonlyMap<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'wco-parts-'));
  try {
    const files = [...parts].map(([part, xml], i) => {
      const file = join(folder, `${i}-${part.replace(/[^\w.]/g, '_')}`);
      writeFileSync(file, xml);
      return file;
    });
    execFileSync('xmllint', ['--noout', ...files], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
