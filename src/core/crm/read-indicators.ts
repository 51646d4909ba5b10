import type { MemberRegistry } from '../members/registry';
import { displayCell } from '../workbook/display';
import type { CellValue, WorkbookSnapshot } from '../workbook/snapshot';
import { INDICATOR_CATALOGUE } from './catalogue';
import { applyCatalogueRows, readCatalogueSheet } from './catalogue-sheet';
import { readBlankable, readCell } from './cells';
import { INDICATOR_COLUMNS, readHeaderRow } from './columns';
import { createCatalogue, type IndicatorCatalogue, type IndicatorMatch } from './lookup';
import type { CrmIndicators, IndicatorRow, ParsedStage } from './model';
import { parseMeasure } from './numbers';
import { dataRows, findRegion, refOf, type Region } from '../workbook/region';
import { indicatorOf } from './row-parts';
import { stageOf } from './stages';
import type { Indicator } from './types';

export const CRM_INDICATORS_SHEET = { sheet: 'CRM Indicators', table: 'CRMIndicators' } as const;

/**
 * Reads the CRM success indicators of a workbook: the `Indicator Catalogue` sheet over the built-in
 * catalogue, then the `CRM Indicators` table (or sheet). A workbook without them has no CRM data.
 */
export function readIndicators(workbook: WorkbookSnapshot, registry: MemberRegistry, builtIn: readonly Indicator[] = INDICATOR_CATALOGUE): CrmIndicators {
  const catalogueSheet = readCatalogueSheet(workbook, builtIn);
  const catalogue = createCatalogue(catalogueSheet ? applyCatalogueRows(builtIn, catalogueSheet.rows) : builtIn);
  const region = findRegion(workbook, CRM_INDICATORS_SHEET);
  return {
    catalogue,
    ...(catalogueSheet ? { catalogueSheet } : {}),
    ...(region ? { indicatorsSheet: readIndicatorsRegion(region, registry, catalogue) } : {}),
  };
}

function readIndicatorsRegion(region: Region, registry: MemberRegistry, catalogue: IndicatorCatalogue): NonNullable<CrmIndicators['indicatorsSheet']> {
  const { columns, notes } = readHeaderRow(region, INDICATOR_COLUMNS);
  const rows = dataRows(region, Object.values<number>(columns)).map((row): IndicatorRow => {
    const indicator = readBlankable(region, row, columns.indicator, (raw) => matchIndicator(raw, catalogue));
    const measure = (raw: CellValue) => parseMeasure(raw, indicatorOf(indicator)?.unit);
    return {
      ref: refOf(region, row, region.left),
      member: readBlankable(region, row, columns.member, (raw) => (raw.kind === 'error' ? { kind: 'unknown' as const } : registry.match(displayCell(raw)))),
      indicator,
      stage: readCell(region, row, columns.stage, parseStage),
      baselinePeriod: readCell(region, row, columns.baselinePeriod, displayCell),
      baseline: readCell(region, row, columns.baseline, measure),
      followUpPeriod: readCell(region, row, columns.followUpPeriod, displayCell),
      followUp: readCell(region, row, columns.followUp, measure),
    };
  });
  return { source: { sheet: region.sheet.name, notes }, rows };
}

function matchIndicator(raw: CellValue, catalogue: IndicatorCatalogue): IndicatorMatch {
  return raw.kind === 'error' ? { kind: 'unknown' } : catalogue.match(displayCell(raw));
}

function parseStage(raw: CellValue): ParsedStage {
  if (raw.kind === 'error') return { kind: 'error', error: raw.error };
  const stage = stageOf(displayCell(raw));
  return stage ? { kind: 'stage', stage } : { kind: 'unknown' };
}
