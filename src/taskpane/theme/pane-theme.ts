import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/**
 * WCAG's relative luminance of a CSS hex colour (#rgb or #rrggbb), 0 (black) to 1 (white);
 * undefined for anything else.
 */
export function luminance(color: string): number | undefined {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => linear(parseInt(full.slice(i, i + 2), 16) / 255));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function linear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

/** Below this luminance, white text reads better than black on the background: a dark theme. */
const DARK_BELOW = 0.179;

/** Whether Office's task pane background is dark; undefined when Office gives no usable colour. */
export function isDarkBackground(color: string | undefined): boolean | undefined {
  const l = color === undefined ? undefined : luminance(color);
  return l === undefined ? undefined : l < DARK_BELOW;
}

export function paneTheme(dark: boolean): Theme {
  return dark ? webDarkTheme : webLightTheme;
}
