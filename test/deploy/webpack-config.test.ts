import fs from 'fs';
import path from 'path';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { BuildSettingError } from '../../deploy/build-setting-error';
import { contentSecurityPolicy } from '../../deploy/content-security-policy';
import { OFFICE_JS_CDN } from '../../deploy/office-js';

const ROOT = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is CommonJS, read as webpack reads it
const { webpackConfig } = require(path.join(ROOT, 'webpack.config.js'));

type Pattern = { from: string; to: string; info?: { minimized?: boolean }; transform?: (content: Buffer) => string };
const production = (env: Record<string, unknown> = {}) => webpackConfig(env, { mode: 'production' });
const pageOf = (config: { plugins: unknown[] }) => {
  const page = config.plugins.find((p): p is HtmlWebpackPlugin => p instanceof HtmlWebpackPlugin)!;
  return page.userOptions.templateParameters as { officeJsSrc: string; contentSecurityPolicy: string };
};
const copiesOf = (config: { plugins: unknown[] }): Pattern[] =>
  (config.plugins.find((p) => p instanceof CopyWebpackPlugin) as unknown as { patterns: Pattern[] }).patterns;
const builtManifest = (config: { plugins: unknown[] }) => {
  const manifest = copiesOf(config).find((p) => p.to === 'manifest.xml')!;
  return manifest.transform!(fs.readFileSync(path.join(ROOT, manifest.from)));
};

describe('the production build', () => {
  it("loads office.js from Microsoft's CDN and does not copy the 86 MB package", () => {
    const config = production();
    expect(pageOf(config).officeJsSrc).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(copiesOf(config).map((p) => p.to)).toEqual(['assets', 'manifest.xml']);
    expect(pageOf(config).contentSecurityPolicy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
  });

  it('serves its own copy of office.js with office-js=local (or WCO_SURVEY_OFFICE_JS=local), never the CDN too', () => {
    for (const config of [production({ 'office-js': 'local' }), withVariable('WCO_SURVEY_OFFICE_JS', 'local', () => production())]) {
      expect(pageOf(config).officeJsSrc).toBe('office-js/office.js');
      const copy = copiesOf(config).find((p) => p.to === 'office-js')!;
      expect(fs.existsSync(path.join(copy.from, 'office.js'))).toBe(true);
      expect(copy.info).toEqual({ minimized: true });
      expect(pageOf(config).contentSecurityPolicy).toContain("script-src 'self';");
      expect(pageOf(config).contentSecurityPolicy).not.toContain('appsforoffice');
    }
  });

  it('refuses an office.js source it does not know', () => {
    expect(() => production({ 'office-js': 'bundle' })).toThrow(BuildSettingError);
    expect(() => production({ 'office-js': 'bundle' })).toThrow('office-js=bundle: say cdn');
  });

  it('writes the manifest for the address given, and for the development server without one', () => {
    expect(builtManifest(production({ url: 'https://example.org/wco-survey' }))).toContain(
      '<SourceLocation DefaultValue="https://example.org/wco-survey/taskpane.html"/>',
    );
    expect(builtManifest(production({ url: 'https://example.org/wco-survey' }))).not.toContain('localhost');
    expect(builtManifest(production())).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
  });

  it('keeps the development server at https://localhost:3000 whatever address is set', () => {
    const serving = withVariable('WCO_SURVEY_URL', 'https://example.org/x/', () => webpackConfig({ WEBPACK_SERVE: true }, { mode: 'development' }));
    expect(serving.devServer.port).toBe(3000);
    expect(builtManifest(serving)).toContain('https://localhost:3000/taskpane.html');
  });

  it('builds for development without eval, which the Content Security Policy forbids', () => {
    expect(webpackConfig({}, { mode: 'development' }).devtool).not.toMatch(/eval/);
    expect(production().devtool).toBe(false);
  });
});

describe('the Content Security Policy', () => {
  it('lets scripts come from the add-in and the CDN only, and everything else from the add-in only', () => {
    expect(contentSecurityPolicy(new URL(OFFICE_JS_CDN).origin)).toBe(
      "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'none'",
    );
    expect(contentSecurityPolicy(undefined)).toMatch(/^default-src 'self'; script-src 'self';/);
  });

  it('names no other network destination', () => {
    const hosts = contentSecurityPolicy(new URL(OFFICE_JS_CDN).origin).match(/https?:\/\/[^\s;]+/g);
    expect(hosts).toEqual(['https://appsforoffice.microsoft.com']);
  });
});

function withVariable<T>(name: string, value: string, run: () => T): T {
  const before = process.env[name];
  process.env[name] = value;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
}
