/** @jest-environment jsdom */
// jsdom only for its DOMParser: the manifest is read as namespaced XML, not with regular expressions.
// What Office's validator checks beyond the schema is in deploy/manifest-rules.js and its tests.
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { REQUIRED_EXCEL_API } from '../../src/hosts/excel/requirements';
import { emittedFrom, productionConfig, ROOT } from '../deploy/support/source-build';

const MANIFEST = path.join(ROOT, 'manifest.xml');
const SCHEMA = path.join(ROOT, 'deploy', 'schemas', 'OfficeAppManifestV1_1.xsd');

const APP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const OV = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const doc = new DOMParser().parseFromString(fs.readFileSync(MANIFEST, 'utf8'), 'application/xml');
const elements = (ns: string, name: string) => Array.from(doc.getElementsByTagNameNS(ns, name));
const only = (ns: string, name: string) => {
  const found = elements(ns, name);
  expect(found).toHaveLength(1);
  return found[0];
};
const urls = Array.from(doc.getElementsByTagName('*')).flatMap((el) =>
  Array.from(el.attributes)
    .map((attr) => attr.value)
    .filter((value) => /^https:\/\//i.test(value)),
);

describe('manifest.xml', () => {
  it('validates against the Office add-in manifest schema (xmllint)', () => {
    const result = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, MANIFEST], { encoding: 'utf8' });
    if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
      throw new Error('xmllint is not installed: apt-get install -y libxml2-utils');
    }
    expect(result.stderr.trim()).toMatch(/manifest\.xml validates$/);
    expect(result.status).toBe(0);
  });

  it('is an Excel task pane add-in that reads and writes the workbook', () => {
    expect(doc.documentElement.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
    expect(elements(APP, 'Host').map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(elements(OV, 'Host').map((h) => h.getAttributeNS(XSI, 'type'))).toEqual(['Workbook']);
    expect(only(APP, 'Permissions').textContent).toBe('ReadWriteDocument');
  });

  it('declares the ExcelApi requirement set the Excel host needs, no more and no less', () => {
    const sets = elements(APP, 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', REQUIRED_EXCEL_API]]);
  });

  it("is written for the development server: the add-in's own URLs at its port, each a file the build emits", () => {
    const local = urls.filter((url) => new URL(url).hostname === 'localhost');
    expect(local).toContain('https://localhost:3000/taskpane.html');
    for (const url of local) {
      const { port, pathname } = new URL(url);
      expect({ url, port: Number(port) }).toEqual({ url, port: productionConfig().devServer.port });
      const source = emittedFrom(pathname.slice(1));
      expect({ url, emitted: source !== undefined && fs.existsSync(source) }).toEqual({ url, emitted: true });
    }
  });
});
