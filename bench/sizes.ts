/** One benchmark workbook: `rows` responses (one per row) to a questionnaire of `items` items. */
export interface Size {
  readonly rows: number;
  readonly items: number;
}

/** A real round; many rounds and indicators; a stress case. */
export const DEFAULT_SIZES: readonly Size[] = [
  { rows: 150, items: 80 },
  { rows: 5_000, items: 250 },
  { rows: 50_000, items: 60 },
];

/** "150x80": 150 rows of responses × 80 items. */
export function parseSize(text: string): Size {
  const match = /^(\d[\d_,]*)[x×](\d+)$/i.exec(text.trim());
  if (!match) throw new Error(`a size is ROWSxITEMS, e.g. 150x80 (got “${text}”)`);
  const rows = Number(match[1].replace(/[_,]/g, ''));
  const items = Number(match[2]);
  if (rows < 1 || items < 1) throw new Error(`a size needs at least one row and one item (got “${text}”)`);
  return { rows, items };
}

export function sizeLabel({ rows, items }: Size): string {
  return `${rows.toLocaleString('en-US')} × ${items}`;
}
