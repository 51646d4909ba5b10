import { useId } from '@fluentui/react-components';
import type { HeadlineFiguresProps, HeadlineFiguresState } from './HeadlineFigures.types';
import { useHeadlineFigures } from './useHeadlineFigures';
import { useHeadlineFiguresStyles } from './useHeadlineFiguresStyles.styles';

export function renderHeadlineFigures(state: HeadlineFiguresState, styles: ReturnType<typeof useHeadlineFiguresStyles>, headingId: string) {
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {state.strings.heading}
      </h3>
      <dl className={styles.list}>
        {state.figures.map((figure) => (
          <div key={figure.label} className={styles.figure}>
            <dt className={styles.label}>{figure.label}</dt>
            <dd className={styles.value}>
              {figure.value}
              {figure.detail && <span className={styles.detail}>{figure.detail}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Respondents counted, Members responding, response rate, and the submissions left out. */
export function HeadlineFigures(props: HeadlineFiguresProps) {
  return renderHeadlineFigures(useHeadlineFigures(props), useHeadlineFiguresStyles(), useId('headline'));
}
