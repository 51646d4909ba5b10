import { foldTight } from '../text/fold';
import { displayCell } from '../workbook/display';
import { refText } from '../workbook/ref-text';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { readBlankable, readCell } from './cells';
import { catalogueRowIssues } from './check-catalogue';
import { CATALOGUE_COLUMNS, readHeaderRow } from './columns';
import { directionOf } from './directions';
import { hasError } from './issues';
import type { CatalogueRow, CrmIndicators } from './model';
import { dataRows, findRegion, refOf } from '../workbook/region';
import type { Direction, Indicator } from './types';
import { unitOf } from './units';

export const INDICATOR_CATALOGUE_SHEET = { sheet: 'Indicator Catalogue', table: 'IndicatorCatalogue' } as const;

/** The `Indicator Catalogue` sheet (or table), if the workbook has one. */
export function readCatalogueSheet(workbook: WorkbookSnapshot, builtIn: readonly Indicator[]): CrmIndicators['catalogueSheet'] {
  const region = findRegion(workbook, INDICATOR_CATALOGUE_SHEET);
  if (!region) return undefined;
  const { columns, notes } = readHeaderRow(region, CATALOGUE_COLUMNS);
  const byId = new Map(builtIn.map((indicator) => [foldTight(indicator.id), indicator]));
  const rows = dataRows(region, Object.values<number>(columns)).map((row): CatalogueRow => {
    const text = (column: number | undefined) => readCell(region, row, column, displayCell);
    const id = readBlankable(region, row, columns.id, displayCell);
    const overrides = id?.kind === 'named' ? byId.get(foldTight(id.parsed)) : undefined;
    return {
      ref: refOf(region, row, region.left),
      id,
      overrides,
      label: text(columns.label),
      labelEn: text(columns.labelEn),
      labelFr: text(columns.labelFr),
      unit: text(columns.unit),
      direction: readBlankable(region, row, columns.direction, (raw) => directionOf(displayCell(raw))),
    };
  });
  return { source: { sheet: region.sheet.name, notes }, rows };
}

/**
 * The built-in catalogue with the sheet's rows applied: a row naming a built-in ID overrides what it
 * fills in; a new ID is added after the built-in ones. Rows with an error are not applied.
 */
export function applyCatalogueRows(builtIn: readonly Indicator[], rows: readonly CatalogueRow[]): Indicator[] {
  const indicators = [...builtIn];
  const issues = catalogueRowIssues(rows);
  rows.forEach((row, i) => {
    const direction = (row.direction?.kind === 'named' ? row.direction.parsed : undefined) ?? row.overrides?.direction;
    if (row.id?.kind !== 'named' || !direction || hasError(issues[i])) return;
    const indicator = definition(row, row.id.parsed, direction);
    const at = row.overrides ? indicators.indexOf(row.overrides) : -1;
    if (at >= 0) indicators[at] = indicator;
    else indicators.push(indicator);
  });
  return indicators;
}

/** `Label` serves both languages; a label given in one language only serves the other too, for a new indicator. */
function definition(row: CatalogueRow, id: string, direction: Direction): Indicator {
  const base = row.overrides;
  const en = row.labelEn?.parsed ?? row.label?.parsed ?? base?.label.en ?? row.labelFr?.parsed ?? id;
  const fr = row.labelFr?.parsed ?? row.label?.parsed ?? base?.label.fr ?? en;
  return {
    id: base?.id ?? id.trim().toUpperCase(),
    label: { en, fr },
    unit: row.unit ? unitOf(row.unit.parsed) : (base?.unit ?? unitOf('')),
    direction,
    source: base?.source ?? refText(row.ref),
    definedAt: row.ref,
  };
}
