import { StyleSheet } from '../../../../src/hosts/file/write/style-sheet';

/** A styles part as the Open XML SDK writes it: prefixed, with no numFmts section, and an Aptos default font. */
const PREFIXED =
  '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<x:fonts count="1"><x:font><x:sz val="12"/><x:color theme="1"/><x:name val="Aptos"/><x:family val="2"/><x:scheme val="minor"/></x:font></x:fonts>' +
  '<x:fills count="1"><x:fill><x:patternFill patternType="none"/></x:fill></x:fills>' +
  '<x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></x:cellXfs>' +
  '</x:styleSheet>';

describe('StyleSheet: the looks a plan needs, added to a workbook’s styles', () => {
  it('a cell with no look keeps the default style, and nothing is added', () => {
    const styles = new StyleSheet(PREFIXED);
    expect(styles.styleId({})).toBe(0);
    expect(styles.text).toBe(PREFIXED);
  });

  it('adds a missing numFmts section first, as the schema orders it, with its count', () => {
    const styles = new StyleSheet(PREFIXED);
    expect(styles.styleId({ format: 'percent1' })).toBe(1);
    expect(styles.text).toContain(
      '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0%"/></x:numFmts><x:fonts',
    );
    expect(styles.text).toContain('<x:cellXfs count="2">');
  });

  it('sizes and colours fonts from the default font, keeping its typeface', () => {
    const styles = new StyleSheet(PREFIXED);
    styles.styleId({ style: 'title' });
    styles.styleId({ style: 'note' });
    expect(styles.text).toContain(
      '<x:font><x:b/><x:sz val="16"/><x:color theme="1"/><x:name val="Aptos"/><x:family val="2"/><x:scheme val="minor"/></x:font>' +
        '<x:font><x:sz val="10"/><x:color rgb="FF595959"/><x:name val="Aptos"/><x:family val="2"/><x:scheme val="minor"/></x:font></x:fonts>',
    );
    expect(styles.text).toContain('<x:fonts count="3">');
  });

  it('unlocks a cell for a protected sheet, keeping its number format and font', () => {
    const styles = new StyleSheet(PREFIXED);
    expect([styles.styleId({ unlocked: true }), styles.styleId({ format: 'percent', style: 'label', unlocked: true })]).toEqual([1, 2]);
    expect(styles.text).toContain(
      '<x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1"><x:protection locked="0"/></x:xf>' +
        '<x:xf numFmtId="9" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyProtection="1"><x:protection locked="0"/></x:xf></x:cellXfs>',
    );
    expect(new StyleSheet(styles.text).styleId({ unlocked: true })).toBe(1);
  });

  it('reuses what is already there: the same look twice, or styles written by an earlier run, add nothing', () => {
    const first = new StyleSheet(PREFIXED);
    const ids = [first.styleId({ style: 'label', format: 'percent' }), first.styleId({ style: 'label', format: 'percent' })];
    const again = new StyleSheet(first.text);
    expect([...ids, again.styleId({ style: 'label', format: 'percent' })]).toEqual([1, 1, 1]);
    expect(again.text).toBe(first.text);
  });
});

describe('StyleSheet: cells to fill in (`input`), shaded and boxed', () => {
  const SHADE = '<x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FFFFF2CC"/><x:bgColor indexed="64"/></x:patternFill></x:fill>';
  const THIN = (side: string) => `<x:${side} style="thin"><x:color rgb="FF7F7F7F"/></x:${side}>`;
  const BOX = `<x:border>${THIN('left')}${THIN('right')}${THIN('top')}${THIN('bottom')}<x:diagonal/></x:border>`;

  it('adds a solid fill after Excel’s two reserved ones, and a thin border on four sides, with their counts, keeping the default font', () => {
    const styles = new StyleSheet(PREFIXED);
    expect(styles.styleId({ style: 'input' })).toBe(1);
    // PREFIXED has only the first reserved fill: Excel's gray125 goes in at 1, the shade at 2.
    expect(styles.text).toContain(
      '<x:fills count="3"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill>' + SHADE + '</x:fills>',
    );
    // No borders section: it is made, before cellXfs, with the empty border first.
    expect(styles.text).toContain(
      '<x:borders count="2"><x:border><x:left/><x:right/><x:top/><x:bottom/><x:diagonal/></x:border>' + BOX + '</x:borders><x:cellXfs',
    );
    expect(styles.text).toContain('<x:xf numFmtId="0" fontId="0" fillId="2" borderId="1" xfId="0" applyFill="1" applyBorder="1"/></x:cellXfs>');
    expect(styles.text).toContain('<x:fonts count="1">');
  });

  it('keeps an answer cell shaded and boxed when unlocked, reusing the fill and the border', () => {
    const styles = new StyleSheet(PREFIXED);
    const ids = [styles.styleId({ style: 'input' }), styles.styleId({ style: 'input', unlocked: true })];
    expect(ids).toEqual([1, 2]);
    expect(styles.text).toContain(
      '<x:xf numFmtId="0" fontId="0" fillId="2" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyProtection="1"><x:protection locked="0"/></x:xf>',
    );
    expect(styles.text).toContain('<x:fills count="3">');
    expect(styles.text).toContain('<x:borders count="2">');
  });

  it('adds nothing when written again over its own styles', () => {
    const first = new StyleSheet(PREFIXED);
    first.styleId({ style: 'input', unlocked: true });
    const again = new StyleSheet(first.text);
    expect(again.styleId({ style: 'input', unlocked: true })).toBe(1);
    expect(again.text).toBe(first.text);
  });
});
