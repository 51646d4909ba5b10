import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { isDarkBackground, luminance, paneTheme } from '../../../src/taskpane/theme/pane-theme';

describe('the pane’s theme', () => {
  it('measures a colour’s luminance', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('#000')).toBe(0);
    expect(luminance('  #FF0000 ')).toBeCloseTo(0.2126);
    expect(luminance('white')).toBeUndefined();
  });

  it('follows Office’s background: dark grey and black are dark, white and the colourful grey are light', () => {
    expect(['#262626', '#000000', '#444444', '#ffffff', '#e6e6e6'].map(isDarkBackground)).toEqual([true, true, true, false, false]);
    expect(isDarkBackground(undefined)).toBeUndefined();
    expect(isDarkBackground('')).toBeUndefined();
  });

  it('is Fluent’s web theme', () => {
    expect([paneTheme(true), paneTheme(false)]).toEqual([webDarkTheme, webLightTheme]);
  });
});
