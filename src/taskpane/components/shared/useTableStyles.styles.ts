import { makeStyles, tokens } from '@fluentui/react-components';

/** The preview tables' look: a narrow pane's two or three columns, the question taking the room. */
export const useTableStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  head: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // As narrow as their figures: the question takes the rest of the pane.
  number: { textAlign: 'end', whiteSpace: 'nowrap', width: '1%' },
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  cell: { verticalAlign: 'top', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}` },
  // A word too long for the column is hyphenated in the pane's language where the browser can, else broken anywhere.
  question: { textAlign: 'start', fontWeight: tokens.fontWeightRegular, overflowWrap: 'anywhere', hyphens: 'auto' },
  // Its own box: a line may break after the ID, so that a narrow column never splits the label's first word.
  id: { display: 'inline-block', fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  detail: { display: 'block', color: tokens.colorNeutralForeground3 },
});
