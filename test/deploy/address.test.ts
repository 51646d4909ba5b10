import { addinAddress, DEV_ADDRESS } from '../../deploy/address';

describe('the address a build is for', () => {
  it('is the development server when none is given', () => {
    expect(addinAddress({}, {})).toEqual({ base: 'https://localhost:3000/', given: false });
    expect(addinAddress({ url: '  ' }, {})).toEqual({ base: DEV_ADDRESS, given: false });
  });

  it.each([
    ['https://example.org/wco-survey/', 'https://example.org/wco-survey/'],
    ['https://example.org/wco-survey', 'https://example.org/wco-survey/'],
    ['https://example.org', 'https://example.org/'],
    ['https://addins.example.org:8443/integrity/2026/', 'https://addins.example.org:8443/integrity/2026/'],
    ['https://example.org/enquête intégrité/', 'https://example.org/enqu%C3%AAte%20int%C3%A9grit%C3%A9/'],
  ])('is %s, as a folder: %s', (given, base) => {
    expect(addinAddress({ url: given }, {})).toEqual({ base, given: true });
  });

  it('is read from WCO_SURVEY_URL when --env url is not given, and --env url wins', () => {
    expect(addinAddress({}, { WCO_SURVEY_URL: 'https://a.example.org/x' }).base).toBe('https://a.example.org/x/');
    expect(addinAddress({ url: 'https://b.example.org/' }, { WCO_SURVEY_URL: 'https://a.example.org/x' }).base).toBe('https://b.example.org/');
  });

  it.each([
    ['http://example.org/wco-survey/', /over https only, and http:\/\/example.org\/wco-survey\/ is http/],
    ['file:///srv/wco-survey/', /https only/],
    ['example.org/wco-survey', /"example.org\/wco-survey" is not an address/],
    ['https://example.org/wco-survey/?v=2', /query, a fragment or a user name/],
    ['https://user:secret@example.org/', /query, a fragment or a user name/],
  ])('refuses %s with a message', (given, message) => {
    expect(() => addinAddress({ url: given }, {})).toThrow(message);
  });
});
