import type { Localized } from '../i18n/language';
import { foldTight } from '../text/fold';
import { displayCell } from '../workbook/display';
import { cellAt } from '../workbook/snapshot';
import type { ColumnNote } from './model';
import { refOf, type Region } from '../workbook/region';

/** A column of a CRM sheet: its English and French headers, other headers users write, whether it must be there. */
export interface ColumnSpec {
  readonly header: Localized;
  readonly aliases: readonly string[];
  readonly required: boolean;
}

export const INDICATOR_COLUMNS = {
  member: { header: { en: 'Member', fr: 'Membre' }, aliases: ['Member name', 'Nom du Membre'], required: true },
  indicator: {
    header: { en: 'Indicator', fr: 'Indicateur' },
    aliases: ['Indicator ID', 'ID', 'Identifiant', 'Identifiant de l’indicateur'],
    required: true,
  },
  stage: { header: { en: 'Stage', fr: 'Étape' }, aliases: ['CRM stage', 'Étape CRM', 'Phase'], required: false },
  baselinePeriod: {
    header: { en: 'Baseline period', fr: 'Période de référence' },
    aliases: ['Baseline year', 'Année de référence'],
    required: false,
  },
  baseline: { header: { en: 'Baseline', fr: 'Référence' }, aliases: ['Baseline value', 'Valeur de référence'], required: true },
  followUpPeriod: {
    header: { en: 'Follow-up period', fr: 'Période de suivi' },
    aliases: ['Follow-up year', 'Année de suivi'],
    required: false,
  },
  followUp: { header: { en: 'Follow-up', fr: 'Suivi' }, aliases: ['Follow-up value', 'Valeur de suivi'], required: true },
} as const satisfies Record<string, ColumnSpec>;

export const CATALOGUE_COLUMNS = {
  id: { header: { en: 'ID', fr: 'Identifiant' }, aliases: ['Indicator ID', 'Indicator', 'Indicateur', 'Code'], required: true },
  label: { header: { en: 'Label', fr: 'Libellé' }, aliases: ['Intitulé', 'Name', 'Nom'], required: false },
  labelEn: {
    header: { en: 'Label (en)', fr: 'Libellé (en)' },
    aliases: ['English label', 'Label (English)', 'Libellé (anglais)', 'Libellé anglais'],
    required: false,
  },
  labelFr: {
    header: { en: 'Label (fr)', fr: 'Libellé (fr)' },
    aliases: ['French label', 'Label (French)', 'Libellé (français)', 'Libellé français'],
    required: false,
  },
  unit: { header: { en: 'Unit', fr: 'Unité' }, aliases: [], required: false },
  direction: {
    header: { en: 'Direction', fr: 'Sens' },
    aliases: ['Desired direction', 'Sens souhaité', 'Better'],
    required: false,
  },
} as const satisfies Record<string, ColumnSpec>;

/**
 * Which column holds which field, by header: the first of two columns for the same field is read,
 * and a required field without a column is noted at the header row's first cell. Columns whose
 * header names no field are kept in the workbook and not read.
 */
export function readHeaderRow<F extends string>(
  region: Region,
  specs: Readonly<Record<F, ColumnSpec>>,
): { readonly columns: Partial<Record<F, number>>; readonly notes: readonly ColumnNote[] } {
  const fieldOf = headerReader(specs);
  const columns: Partial<Record<F, number>> = {};
  const notes: ColumnNote[] = [];
  for (let column = region.left; column <= region.right; column++) {
    const header = displayCell(cellAt(region.sheet, region.top, column));
    const field = fieldOf(header);
    if (field === undefined) continue;
    const first = columns[field];
    if (first === undefined) columns[field] = column;
    else notes.push({ kind: 'duplicate', ref: refOf(region, region.top, column), header, first: refOf(region, region.top, first) });
  }
  for (const field of Object.keys(specs) as F[]) {
    if (specs[field].required && columns[field] === undefined) {
      notes.push({ kind: 'missing', ref: refOf(region, region.top, region.left), field, header: specs[field].header });
    }
  }
  return { columns, notes };
}

/** Reads a header case-, accent-, space- and punctuation-insensitively, in English or French. */
function headerReader<F extends string>(specs: Readonly<Record<F, ColumnSpec>>): (header: string) => F | undefined {
  const byKey = new Map<string, F>();
  for (const field of Object.keys(specs) as F[]) {
    const { header, aliases } = specs[field];
    for (const name of [header.en, header.fr, ...aliases]) byKey.set(foldTight(name), field);
  }
  return (header) => (header === '' ? undefined : byKey.get(foldTight(header)));
}
