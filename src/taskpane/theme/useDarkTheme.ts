import { useEffect, useState } from 'react';
import { isDarkBackground } from './pane-theme';

const DARK_SCHEME = '(prefers-color-scheme: dark)';

/** Dark when Office's pane background is dark; outside Office, as the browser's colour scheme says, live. */
export function useDarkTheme(officeBackground: string | undefined): boolean {
  const office = isDarkBackground(officeBackground);
  const [browserDark, setBrowserDark] = useState(() => prefersDark());
  useEffect(() => {
    if (office !== undefined || typeof window.matchMedia !== 'function') return undefined;
    const query = window.matchMedia(DARK_SCHEME);
    const follow = () => setBrowserDark(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [office]);
  return office ?? browserDark;
}

function prefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_SCHEME).matches;
}
