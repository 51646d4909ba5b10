import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { manifestForAddress } from '../../deploy/manifest-for-address';
import { ROOT } from './support/source-build';

const BASE = 'https://wco-survey.example.org/addin/';
const MANIFEST = manifestForAddress(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'), BASE);

/** `npm run validate <folder>`, run as a user runs it (with the real office-addin-manifest, not jest's stub). */
function validate(folder: string) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'deploy', 'validate-manifest.js'), folder], { encoding: 'utf8', cwd: ROOT });
  return { status: result.status, out: result.stdout.trim(), err: result.stderr.trim() };
}

/** A folder laid out as dist/ is, with `manifest` as its manifest.xml. */
function builtFolder(manifest: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wco-dist-'));
  fs.cpSync(path.join(ROOT, 'assets'), path.join(folder, 'assets'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'src', 'taskpane', 'taskpane.html'), path.join(folder, 'taskpane.html'));
  fs.writeFileSync(path.join(folder, 'manifest.xml'), manifest);
  return folder;
}

describe('npm run validate', () => {
  it('passes a build for an address, naming what Office will show', () => {
    const { status, out, err } = validate(builtFolder(MANIFEST));
    expect(err).toBe('');
    expect(out).toMatch(/manifest\.xml is valid \(Office's schema and \d+ rules\): "WCO Integrity Survey" 1\.0\.0\.0, id 66207062-a189-4b64-9038-3dcbf09c7369/);
    expect(out).toContain(`task pane ${BASE}taskpane.html.`);
    expect(status).toBe(0);
  });

  it("fails on what the schema refuses, with xmllint's line-numbered reason", () => {
    const folder = builtFolder(MANIFEST.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'));
    const { status, err } = validate(folder);
    expect(err).toMatch(/manifest\.xml:\d+: .*Permissions.*'Everything'/);
    expect(status).toBe(1);
  });

  it('fails on what only the rules see, one line per problem', () => {
    const folder = builtFolder(MANIFEST);
    fs.rmSync(path.join(folder, 'assets', 'icon-80.png'));
    const { status, err } = validate(folder);
    expect(err.split('\n')).toEqual([
      `${path.join(folder, 'manifest.xml')}: ${BASE}assets/icon-80.png points at assets/icon-80.png, which the build does not have.`,
    ]);
    expect(status).toBe(1);
  });

  it('says to build first when there is no manifest', () => {
    const { status, err } = validate(path.join(os.tmpdir(), 'no-such-dist'));
    expect(err).toMatch(/no-such-dist\/manifest\.xml is missing: build first \(npm run build -- --env url=https:\/\/…\)\./);
    expect(status).toBe(1);
  });
});
