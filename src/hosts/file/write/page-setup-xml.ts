import type { PagePlan } from '../../../core';
import { headerFooterCodes, pageBreakColumns, pageBreakRows, printScale } from '../../page-look';
import { escapeText, xmlSafe } from '../package/xml';

/** Excel's code for A4 paper in `pageSetup`. */
const A4 = 9;
/** A row break runs across every column: the last one's index, from 0. */
const LAST_COLUMN_INDEX = 16_383;
/** A column break runs down every row: the last one's index, from 0. */
const LAST_ROW_INDEX = 1_048_575;

/** Without a page plan: one page wide, landscape, on the printer's default paper, as the add-in always wrote. */
const DEFAULT_SHEET_PR = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
const DEFAULT_PAGE_SETUP = '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>';

/** The parts of a worksheet that say how it prints, each to go where the schema puts it. */
export interface PageSetupXml {
  /** First in the worksheet. */
  readonly sheetPr: string;
  /** After pageMargins, in this order: pageSetup, headerFooter, rowBreaks, colBreaks. */
  readonly pageSetup: string;
}

/**
 * A4, the plan's orientation, one page wide (and as many tall as it takes, or at most the plan's
 * `pagesTall`) only when the plan fits it to the width, else at the plan's scale (full size without one),
 * the report's header and footer, and a manual break after each of the plan's break rows and columns.
 */
export function pageSetupXml(page: PagePlan | undefined): PageSetupXml {
  if (page === undefined) return { sheetPr: DEFAULT_SHEET_PR, pageSetup: DEFAULT_PAGE_SETUP };
  const scale = printScale(page);
  const sizing = page.fitToWidth ? ` fitToWidth="1" fitToHeight="${page.pagesTall ?? 0}"` : scale === undefined ? '' : ` scale="${scale}"`;
  return {
    sheetPr: page.fitToWidth ? DEFAULT_SHEET_PR : '',
    pageSetup:
      `<pageSetup paperSize="${A4}" orientation="${page.orientation}"${sizing}/>` +
      headerFooterXml(page) +
      breaksXml('rowBreaks', pageBreakRows(page), LAST_COLUMN_INDEX) +
      breaksXml('colBreaks', pageBreakColumns(page), LAST_ROW_INDEX),
  };
}

function headerFooterXml(page: PagePlan): string {
  const { header, footer } = headerFooterCodes(page);
  const element = (name: string, code: string) => (code === '' ? '' : `<${name}>${escapeText(xmlSafe(code))}</${name}>`);
  const inner = element('oddHeader', header) + element('oddFooter', footer);
  return inner === '' ? '' : `<headerFooter>${inner}</headerFooter>`;
}

/**
 * `brk id` is the last row (or column) of a page: the one the break comes after, 1-based; `max`, the
 * last index, from 0, of the other dimension, which the break runs across.
 */
function breaksXml(element: 'rowBreaks' | 'colBreaks', after: readonly number[], max: number): string {
  if (after.length === 0) return '';
  const breaks = after.map((id) => `<brk id="${id}" max="${max}" man="1"/>`).join('');
  return `<${element} count="${after.length}" manualBreakCount="${after.length}">${breaks}</${element}>`;
}
