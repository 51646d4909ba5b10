import type { BlockStyle, NumberFormat } from '../../../core/report/plan';

/** Excel's number format for each NumberFormat: a built-in id, or a code to add to the workbook's styles. */
export const NUMBER_FORMATS: Readonly<Record<NumberFormat, { readonly builtinId: number } | { readonly code: string }>> = {
  percent: { builtinId: 9 }, // 0%
  integer: { builtinId: 1 }, // 0
  decimal: { builtinId: 4 }, // #,##0.00
  percent1: { code: '0.0%' },
  points: { code: '+0.0;-0.0;0.0' },
  date: { code: 'yyyy-mm-dd' },
};

/** Each BlockStyle's font, relative to the workbook's default font so that it fits the user's theme. */
export interface FontLook {
  readonly bold: boolean;
  /** Points added to the default font's size. */
  readonly sizeStep: number;
  /** ARGB, instead of the default font's colour. */
  readonly color?: string;
}

export const FONT_LOOKS: Readonly<Record<BlockStyle, FontLook>> = {
  title: { bold: true, sizeStep: 4 },
  heading: { bold: true, sizeStep: 2 },
  label: { bold: true, sizeStep: 0 },
  note: { bold: false, sizeStep: -2, color: 'FF595959' },
};
