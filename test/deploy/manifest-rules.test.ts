import fs from 'fs';
import path from 'path';
import { LIMITS, manifestProblems } from '../../deploy/manifest-rules';
import { ROOT, sourceBuild } from './support/source-build';

const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const ICON_16 = fs.readFileSync(path.join(ROOT, 'assets', 'icon-16.png'));

/** The manifest with one text replaced; the replacement must happen, or the case tests nothing. */
function edited(from: string | RegExp, to: string): string {
  const result = MANIFEST.replace(from, to);
  expect(result).not.toBe(MANIFEST);
  return result;
}

describe("the rules Office's validator enforces beyond the schema", () => {
  it('find nothing wrong with the manifest and the files its build is made of', () => {
    expect(manifestProblems(MANIFEST, sourceBuild)).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['an Id that is not a GUID', edited(/<Id>[^<]+<\/Id>/, '<Id>wco-survey</Id>'), 'Id "wco-survey" is not a GUID.'],
    ['a Version of three numbers', edited('<Version>1.0.0.0</Version>', '<Version>1.0.0</Version>'), 'Version "1.0.0" is not four numbers (1.0.0.0).'],
    [
      'an http address',
      edited('<SupportUrl DefaultValue="https://www.wcoomd.org/"/>', '<SupportUrl DefaultValue="http://www.wcoomd.org/"/>'),
      'http://www.wcoomd.org/ is not https: Office loads nothing else.',
    ],
    [
      'a task pane served from elsewhere',
      edited(
        '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
        '<SourceLocation DefaultValue="https://elsewhere.example.org/taskpane.html"/>',
      ),
      "The task pane https://elsewhere.example.org/taskpane.html is not served from the add-in's address https://localhost:3000/.",
    ],
    [
      'an icon the build does not have',
      edited('https://localhost:3000/assets/icon-80.png', 'https://localhost:3000/assets/icon-96.png'),
      'https://localhost:3000/assets/icon-96.png points at assets/icon-96.png, which the build does not have.',
    ],
    ['a resid naming nothing', edited('resid="Button.Tooltip"', 'resid="Button.Tip"'), 'resid "Button.Tip" names no resource.'],
    [
      'a resource defined twice',
      edited('<bt:Url id="Taskpane.Url"', '<bt:Url id="GetStarted.LearnMoreUrl"'),
      'Resource id "GetStarted.LearnMoreUrl" is defined twice.',
    ],
    [
      'a resource id over 32 characters',
      edited(/"Button\.Tooltip"/g, '"Button.Tooltip.For.The.Survey.Pane.Long"'),
      'Resource id "Button.Tooltip.For.The.Survey.Pane.Long" is longer than 32 characters.',
    ],
    [
      'a display name over 125 characters',
      edited('<DisplayName DefaultValue="WCO Integrity Survey">', `<DisplayName DefaultValue="${'x'.repeat(126)}">`),
      `DisplayName is 126 characters, over Office's ${LIMITS.DisplayName}: "${'x'.repeat(40)}…"`,
    ],
    [
      'a French tooltip over 250 characters',
      edited('Value="Ouvre le volet', `Value="${'y'.repeat(240)} Ouvre le volet`),
      `String "Button.Tooltip" is 320 characters, over Office's ${LIMITS.LongString}: "${'y'.repeat(40)}…"`,
    ],
    ['a string without French', edited('<bt:Override Locale="fr-FR" Value="Enquête OMD"/>', ''), 'String "Group.Label" has no French (fr-FR) override.'],
    ['a description without French', edited(/<Override Locale="fr-FR" Value="Vérifie[^>]+>/, ''), 'Description has no French (fr-FR) override.'],
    ['XML that is not well-formed', MANIFEST.replace('</Hosts>', ''), 'The manifest is not well-formed XML'],
  ])('name %s', (_, xml, problem) => {
    const problems = manifestProblems(xml, sourceBuild);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => p.startsWith(problem))).toBe(true);
  });

  it('name an icon whose pixels are not the size its element declares', () => {
    const read = (file: string) => (file === 'assets/icon-32.png' ? ICON_16 : sourceBuild.read(file));
    expect(manifestProblems(MANIFEST, { ...sourceBuild, read })).toEqual([
      'IconUrl: https://localhost:3000/assets/icon-32.png is 16×16 pixels; Office wants 32×32 or 64×64.',
      'Icon.32x32 (size 32): https://localhost:3000/assets/icon-32.png is 16×16 pixels; Office wants 32×32.',
    ]);
  });

  it('name a file that is not a PNG where an icon belongs', () => {
    const read = (file: string) => (file === 'assets/icon-64.png' ? Buffer.from('<svg/>') : sourceBuild.read(file));
    expect(manifestProblems(MANIFEST, { ...sourceBuild, read })).toEqual(['HighResolutionIconUrl: https://localhost:3000/assets/icon-64.png is not a PNG.']);
  });

  it("read the files of a build at another address under that address's path", () => {
    const base = 'https://example.org/wco-survey/';
    const built = MANIFEST.split('https://localhost:3000/').join(base);
    expect(manifestProblems(built, { base, read: sourceBuild.read })).toEqual([]);
  });
});
