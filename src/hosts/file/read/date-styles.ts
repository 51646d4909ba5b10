import { isDateFormat } from '../../number-format';
import { elements, firstElement } from '../package/xml';

/**
 * Number formats Excel builds in that show a date or time: 14–22, and the East Asian date formats
 * 27–36 and 50–58 (dates in the locales that write them).
 */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/**
 * For each cell format of the styles part (a cell's `s` attribute), whether it shows a number as a
 * date or time: Excel stores a date as a number, and only its format says it is one.
 */
export function dateStyles(stylesXml: string | undefined): readonly boolean[] {
  if (stylesXml === undefined) return [];
  const custom = new Map(elements(stylesXml, 'numFmt').map(({ attributes }) => [Number(attributes.numFmtId), attributes.formatCode ?? '']));
  const cellFormats = firstElement(stylesXml, 'cellXfs')?.inner ?? '';
  return elements(cellFormats, 'xf').map(({ attributes }) => {
    const id = Number(attributes.numFmtId ?? 0);
    const code = custom.get(id);
    return code === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormat(code);
  });
}
