/** @jest-environment jsdom */
// jsdom only for its DOMParser: the manifest is read as namespaced XML, not with regular expressions.
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { REQUIRED_EXCEL_API } from '../../src/hosts/excel/requirements';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const SCHEMA = path.resolve(ROOT, '..', 'shared', 'schemas', 'office-manifest', 'OfficeAppManifestV1_1.xsd');

const APP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const OV = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is CommonJS, read as webpack reads it
const webpackConfig = require(path.join(ROOT, 'webpack.config.js'));
const config = webpackConfig({}, { mode: 'production' });

const doc = new DOMParser().parseFromString(fs.readFileSync(MANIFEST, 'utf8'), 'application/xml');
const elements = (ns: string, name: string) => Array.from(doc.getElementsByTagNameNS(ns, name));
const only = (ns: string, name: string) => {
  const found = elements(ns, name);
  expect(found).toHaveLength(1);
  return found[0];
};
const urls = Array.from(doc.getElementsByTagName('*')).flatMap((el) =>
  Array.from(el.attributes)
    .filter((attr) => attr.namespaceURI !== 'http://www.w3.org/2000/xmlns/')
    .map((attr) => attr.value)
    .filter((value) => /^[a-z]+:\/\//i.test(value)),
);

/** The source file that becomes dist/<urlPath>, per the webpack config's html and copy plugins. */
function emittedFrom(urlPath: string): string | undefined {
  const target = decodeURIComponent(urlPath.replace(/^\//, ''));
  for (const plugin of config.plugins) {
    if (plugin instanceof HtmlWebpackPlugin && plugin.userOptions.filename === target) {
      return path.resolve(ROOT, plugin.userOptions.template as string);
    }
    if (plugin instanceof CopyWebpackPlugin) {
      for (const pattern of (plugin as unknown as { patterns: Array<{ from: string; to: string }> }).patterns) {
        const from = path.resolve(ROOT, pattern.from);
        if (fs.statSync(from).isDirectory() && target.startsWith(`${pattern.to}/`)) {
          const file = path.join(from, target.slice(pattern.to.length + 1));
          if (fs.existsSync(file)) return file;
        } else if (target === pattern.to) {
          return from;
        }
      }
    }
  }
  return undefined;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every URL a setting can take: its DefaultValue and each locale's Override. */
function values(el: Element): string[] {
  const overrides = Array.from(el.children).filter((child) => child.localName === 'Override');
  return [el.getAttribute('DefaultValue')!, ...overrides.map((o) => o.getAttribute('Value')!)];
}

function expectIcon(url: string, size: number) {
  const file = emittedFrom(new URL(url).pathname);
  expect({ url, exists: file !== undefined && fs.existsSync(file) }).toEqual({ url, exists: true });
  expect({ url, ...pngSize(file!) }).toEqual({ url, width: size, height: size });
}

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe(APP);
  });

  const schemaPresent = fs.existsSync(path.dirname(SCHEMA));
  if (!schemaPresent) {
    console.warn(`Skipping the XSD check: ${path.dirname(SCHEMA)} is absent.`);
  }
  (schemaPresent ? it : it.skip)('validates against the Office add-in manifest schema (xmllint)', () => {
    const result = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, MANIFEST], { encoding: 'utf8' });
    if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
      throw new Error('xmllint is not installed: apt-get install -y libxml2-utils');
    }
    expect(result.stderr.trim()).toMatch(/manifest\.xml validates$/);
    expect(result.status).toBe(0);
  });

  it('is an Excel task pane add-in with a GUID Id and a four-part Version', () => {
    expect(doc.documentElement.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
    expect(only(APP, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(only(APP, 'Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(elements(APP, 'Host').map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(elements(OV, 'Host').map((h) => h.getAttributeNS(XSI, 'type'))).toEqual(['Workbook']);
    expect(only(APP, 'Permissions').textContent).toBe('ReadWriteDocument');
  });

  it('declares the ExcelApi requirement set the Excel host needs, no more and no less', () => {
    const sets = elements(APP, 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', REQUIRED_EXCEL_API]]);
  });

  it('uses https for every URL', () => {
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => new URL(url).protocol !== 'https:')).toEqual([]);
  });

  it('points every localhost URL at the dev server port and at a file the build emits', () => {
    const local = urls.filter((url) => new URL(url).hostname === 'localhost');
    expect(local).toContain('https://localhost:3000/taskpane.html');
    for (const url of local) {
      const { port, pathname } = new URL(url);
      expect({ url, port: Number(port) }).toEqual({ url, port: config.devServer.port });
      const source = emittedFrom(pathname);
      expect({ url, emitted: source !== undefined && fs.existsSync(source) }).toEqual({ url, emitted: true });
    }
  });

  it('has icons whose PNG size matches the size each element declares', () => {
    for (const url of values(only(APP, 'IconUrl'))) expectIcon(url, 32);
    for (const url of values(only(APP, 'HighResolutionIconUrl'))) expectIcon(url, 64);

    const images = new Map(elements(BT, 'Image').map((img) => [img.getAttribute('id'), img]));
    const uses = elements(BT, 'Image').filter((img) => img.hasAttribute('resid'));
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const resource = images.get(use.getAttribute('resid'));
      expect(resource).toBeDefined();
      for (const url of values(resource!)) expectIcon(url, Number(use.getAttribute('size')));
    }
  });

  it('resolves every resid and translates every string into French', () => {
    const ids = new Set(
      [...elements(BT, 'Image'), ...elements(BT, 'Url'), ...elements(BT, 'String')].map((el) => el.getAttribute('id')),
    );
    const resids = Array.from(doc.getElementsByTagName('*'))
      .map((el) => el.getAttribute('resid'))
      .filter((resid): resid is string => resid !== null);
    expect(resids.filter((resid) => !ids.has(resid))).toEqual([]);

    const localized = [only(APP, 'DisplayName'), only(APP, 'Description'), ...elements(BT, 'String')];
    const untranslated = localized.filter(
      (el) => !Array.from(el.children).some((o) => o.localName === 'Override' && o.getAttribute('Locale') === 'fr-FR'),
    );
    expect(untranslated.map((el) => el.getAttribute('id') ?? el.localName)).toEqual([]);
  });
});
