import { manifestForAddress } from '../../deploy/manifest-for-address';

const MANIFEST = `<OfficeApp>
  <IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>
  <SupportUrl DefaultValue="https://www.wcoomd.org/"/>
  <SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>
  <bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://www.wcoomd.org/"/>
  <bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>
</OfficeApp>`;

describe('the manifest for an address', () => {
  it("moves every URL of the add-in's own to the address, and leaves others' alone", () => {
    expect(manifestForAddress(MANIFEST, 'https://example.org/wco-survey/')).toBe(`<OfficeApp>
  <IconUrl DefaultValue="https://example.org/wco-survey/assets/icon-32.png"/>
  <SupportUrl DefaultValue="https://www.wcoomd.org/"/>
  <SourceLocation DefaultValue="https://example.org/wco-survey/taskpane.html"/>
  <bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://www.wcoomd.org/"/>
  <bt:Url id="Taskpane.Url" DefaultValue="https://example.org/wco-survey/taskpane.html"/>
</OfficeApp>`);
  });

  it('is the manifest as written for the development server', () => {
    expect(manifestForAddress(MANIFEST, 'https://localhost:3000/')).toBe(MANIFEST);
  });

  it('escapes what XML would read otherwise', () => {
    expect(manifestForAddress(MANIFEST, "https://example.org/a&b'/")).toContain('DefaultValue="https://example.org/a&amp;b&apos;/taskpane.html"');
  });
});
