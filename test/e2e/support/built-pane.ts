import { existsSync } from 'fs';
import { join, resolve } from 'path';
import { launchPane, type PaneBrowser } from './chromium';
import { serveFolder, type StaticServer } from './static-server';

const DIST = resolve(__dirname, '..', '..', '..', 'dist');

export interface BuiltPane {
  /** The address of taskpane.html, served from dist/. */
  readonly url: string;
  /** The browser of the test running. */
  readonly pane: PaneBrowser;
}

/**
 * The built pane (dist/, `npm run build` first) served for a suite, with one Chromium for the whole
 * suite, or a fresh one for each test (`eachTest`). Call it in the describe block; read it in the tests.
 */
export function builtPane({ eachTest = false } = {}): BuiltPane {
  let server: StaticServer | undefined;
  let pane: PaneBrowser | undefined;
  const launch = async () => void (pane = await launchPane());
  const close = async () => pane?.close();

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error(`${DIST}/taskpane.html is missing: run npm run build first.`);
    server = await serveFolder(DIST);
    if (!eachTest) await launch();
  });
  if (eachTest) beforeEach(launch);
  // Declared before the browser closes, so run before (jest runs afterEach hooks in declaration order).
  afterEach(() => {
    const refused = pane?.refused.splice(0) ?? [];
    if (refused.length > 0) throw new Error(`Requests refused for leaving this machine: ${refused.join(', ')}`);
  });
  if (eachTest) afterEach(close);
  afterAll(async () => {
    if (!eachTest) await close();
    await server?.close();
  });

  return {
    get url() {
      return `${server!.url}/taskpane.html`;
    },
    get pane() {
      return pane!;
    },
  };
}
