import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

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

export interface PaneBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
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
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
