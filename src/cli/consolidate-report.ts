import { agreeing, counted, type Consolidation, type Language, type SourceLog } from '../core';

/** The total, then each file that could not be used, then each one skipped, with its reason. */
export function consolidateReport(result: Pick<Consolidation, 'log' | 'submissions'>, out: string, lang: Language, into?: string): string[] {
  const read = result.log.filter((l) => l.status === 'read').length;
  const left = result.log.filter((l) => l.status === 'unreadable' || l.status === 'no-submissions');
  const skipped = result.log.filter((l) => l.status === 'skipped');
  const total = into === undefined ? gatheredLine(result.submissions, read, out, lang) : appendedLine(result.submissions, read, into, out, lang);
  const heading =
    lang === 'fr'
      ? `${counted(left.length, 'fr', ['fichier non utilisé', 'fichiers non utilisés'])}\u00a0:`
      : `${counted(left.length, 'en', ['file', 'files'])} not used:`;
  const skippedHeading = lang === 'fr' ? `${skipped.length} ${agreeing(skipped.length, 'fr', ['ignoré', 'ignorés'])}\u00a0:` : `${skipped.length} skipped:`;
  const line = (l: SourceLog) => `  ${l.file}${lang === 'fr' ? '\u00a0:' : ':'} ${l.reason}`;
  return [total, ...(left.length ? [heading, ...left.map(line)] : []), ...(skipped.length ? [skippedHeading, ...skipped.map(line)] : [])];
}

function gatheredLine(submissions: number, read: number, out: string, lang: Language): string {
  return lang === 'fr'
    ? `${counted(submissions, 'fr', ['soumission', 'soumissions'])} de ${counted(read, 'fr', ['fichier', 'fichiers'])} ${agreeing(submissions, 'fr', ['rassemblée', 'rassemblées'])} dans ${out} (feuille Responses\u00a0; détail dans Import Log).`
    : `Gathered ${counted(submissions, 'en', ['submission', 'submissions'])} from ${counted(read, 'en', ['file', 'files'])} into ${out} (sheet Responses; details in Import Log).`;
}

function appendedLine(submissions: number, read: number, into: string, out: string, lang: Language): string {
  return lang === 'fr'
    ? `${counted(submissions, 'fr', ['soumission', 'soumissions'])} de ${counted(read, 'fr', ['fichier', 'fichiers'])} ${agreeing(submissions, 'fr', ['ajoutée', 'ajoutées'])} aux lignes de ${into}, dans ${out} (tableau Responses\u00a0; détail dans Import Log).`
    : `Added ${counted(submissions, 'en', ['submission', 'submissions'])} from ${counted(read, 'en', ['file', 'files'])} to the rows of ${into}, in ${out} (table Responses; details in Import Log).`;
}
