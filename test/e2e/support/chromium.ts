import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, normalize, resolve, sep } from 'path';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';

/** Debian's Chromium: `apt-get install -y chromium`. Playwright's own browsers are never downloaded. */
export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether the browser tests can run here. Without Chromium they are skipped, with a message,
 * on a developer's machine; under CI a missing Chromium fails them instead.
 */
export function runsBrowserTests(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) return true;
  console.warn(`Skipping the browser tests: ${CHROMIUM} is absent (apt-get install -y chromium). Under CI=true they fail instead.`);
  return false;
}

/** Where the built taskpane.html loads office.js from (Microsoft's CDN), and what else office.js loads from there. */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
/** The npm package's copy of that folder: what the browser tests get instead, this machine having no network. */
const OFFICE_JS_PACKAGE = resolve(__dirname, '..', '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist');

export interface PaneBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  /**
   * The requests that would have left this machine (to neither the local server nor the CDN), refused.
   * builtPane fails the test that made any.
   */
  readonly refused: string[];
  close(): Promise<void>;
}

export interface PaneBrowserOptions {
  readonly locale?: string;
  readonly colorScheme?: 'light' | 'dark';
  /** A task pane's width by default. */
  readonly width?: number;
  readonly height?: number;
}

/** Chromium with a fresh profile, a task pane's size, downloads accepted. */
export async function launchPane(options: PaneBrowserOptions = {}): Promise<PaneBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'wco-pane-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    locale: options.locale ?? 'en-GB',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 350, height: options.height ?? 900 },
  });
  const refused: string[] = [];
  await stayOffline(context, refused);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    refused,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const isLocal = (url: URL) => url.hostname === '127.0.0.1' || url.hostname === 'localhost';

/**
 * The CDN's office.js answered from the npm package, so that the page as built runs without the network;
 * any other request off this machine refused and recorded in `refused`.
 */
async function stayOffline(context: BrowserContext, refused: string[]): Promise<void> {
  await context.route(`${OFFICE_JS_CDN}**`, (route) => fulfilFromPackage(route, refused));
  await context.route(
    (url) => !isLocal(url) && !url.href.startsWith(OFFICE_JS_CDN),
    async (route) => {
      refused.push(route.request().url());
      await route.abort('internetdisconnected');
    },
  );
}

async function fulfilFromPackage(route: Route, refused: string[]): Promise<void> {
  const url = route.request().url();
  const file = normalize(join(OFFICE_JS_PACKAGE, new URL(url).pathname.slice(new URL(OFFICE_JS_CDN).pathname.length)));
  if (file.startsWith(OFFICE_JS_PACKAGE + sep) && existsSync(file)) return route.fulfill({ path: file });
  refused.push(`${url} (not in @microsoft/office-js)`);
  await route.abort('internetdisconnected');
}
