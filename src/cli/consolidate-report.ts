import type { Consolidation, Language } from '../core';

/** The total, then each file that could not be used, with its reason. */
export function consolidateReport(result: Consolidation, out: string, lang: Language): string[] {
  const read = result.log.filter((l) => l.status === 'read').length;
  const left = result.log.filter((l) => l.status !== 'read');
  const total =
    lang === 'fr'
      ? `${result.submissions} soumission(s) de ${read} fichier(s) rassemblée(s) dans ${out} (feuille Responses\u00a0; détail dans Import Log).`
      : `Gathered ${result.submissions} submission(s) from ${read} file(s) into ${out} (sheet Responses; details in Import Log).`;
  const heading = lang === 'fr' ? `${left.length} fichier(s) non utilisé(s)\u00a0:` : `${left.length} file(s) not used:`;
  return [total, ...(left.length ? [heading, ...left.map((l) => `  ${l.file}${lang === 'fr' ? '\u00a0:' : ':'} ${l.reason}`)] : [])];
}
