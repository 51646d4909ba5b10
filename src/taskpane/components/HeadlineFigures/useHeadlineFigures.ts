import { formatNumber, formatPercent } from '../../i18n/format';
import { useStrings } from '../../i18n/StringsContext';
import type { HeadlineFiguresProps, HeadlineFiguresState } from './HeadlineFigures.types';

export function useHeadlineFigures({ headline }: HeadlineFiguresProps): HeadlineFiguresState {
  const { language, strings } = useStrings();
  const words = strings.analyse.headline;
  const n = (value: number) => formatNumber(value, language);
  return {
    strings: words,
    figures: [
      { label: words.respondentsCounted, value: n(headline.respondentsCounted) },
      { label: words.membersResponding, value: n(headline.membersResponding), detail: words.ofMembers(headline.membersInRegistry) },
      { label: words.responseRate, value: formatPercent(headline.responseRate, language) },
      { label: words.excludedForErrors, value: n(headline.excludedForErrors) },
      { label: words.excludedByCutoff, value: n(headline.excludedByCutoff) },
    ],
  };
}
