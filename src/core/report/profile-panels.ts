import { STATUS_LABELS } from '../crm/change';
import { DIRECTION_LABELS } from '../crm/directions';
import type { Measurement } from '../crm/evaluate';
import type { Language } from '../i18n/language';
import { REGIONS } from '../members/regions';
import type { Member } from '../members/types';
import type { MemberProfile, ProfileItem, ProfileSection, SelfAssessment } from '../profile/member-profile';
import { shownAnswer } from '../profile/written-answer';
import { shownPercent } from '../analyse/small-base';
import { answerLabel, orNull } from './answer-columns';
import { indicatorLooks } from './crm-sheet';
import type { Alignment, BlockPlan, NumberFormat, PlanValue } from './plan';
import type { Panel } from './profile-layout';
import { PROFILE_WORDS } from './profile-words';
import { noteLines, PADDING, textLines, valueWidth } from './table-layout';
import { WORDS } from './words';
import { NBSP } from '../i18n/numbers';

/** The parts of a Member's profile, each placed whole in one column of its page. */

/** Columns of a column of the page, from its left: the item's ID, its label, the Member's answer, then the figures. */
export const ID = 0;
export const LABEL = 1;
export const ANSWER = 2;
export const FIGURES = 3;

export const RIGHT: Alignment = 'right';

/**
 * A section: its ID and title, the reported answers its figures are of over each pair (on the title's last
 * line), then an item a row. Where the next items report other answers (an XLSForm group of several lists),
 * their answers head them anew. Titles and answers are wrapped here, not by the sheet, so that a pair's
 * answer runs on over both its figures.
 */
export function sectionPanel({ section, items }: ProfileSection, widths: readonly number[], lang: Language): Panel {
  const title = textLines(section.label[lang] || WORDS[lang].otherQuestions, widths[LABEL] + widths[ANSWER] - PADDING);
  const blocks: BlockPlan[] = [{ top: 0, left: ID, rows: title.map((line, i) => [i === 0 ? section.id : null, line]), style: 'label', runsOn: true }];
  const pairWidth = widths[FIGURES] + widths[FIGURES + 1] - 1;
  let row = title.length - 1;
  let reported: string | undefined;
  for (const item of items) {
    const answers = item.figures.map((f) => answerLabel(f.all, lang));
    if (answers.join('\n') !== reported) {
      const lines = answers.map((answer) => textLines(answer, pairWidth));
      const tall = Math.max(...lines.map((l) => l.length));
      // Under the title's last line, or on it; beneath another list's items, on a row of their own.
      const top = reported === undefined ? Math.max(0, row - tall + 1) : row + 1;
      const rows = Array.from({ length: tall }, (_, k) => lines.flatMap((l) => [l[k] ?? null, null]));
      blocks.push({ top, left: FIGURES, rows, style: 'label', runsOn: true });
      row = top + tall - 1;
      reported = answers.join('\n');
    }
    const block = itemBlock(item, row + 1, widths, lang);
    blocks.push(block);
    row += block.rows.length;
  }
  return { rows: row + 1, blocks };
}

/**
 * An item's row: its label broken onto the rows below where it is long; its answer kept whole in its cell, exactly
 * as the Member gave it, wrapped by the sheet in the rare case it is wider than its column.
 */
function itemBlock(item: ProfileItem, top: number, widths: readonly number[], lang: Language): BlockPlan {
  const cells: PlanValue[] = item.figures.flatMap((f) => [orNull(shownPercent(f.region)), orNull(f.all.percent)]);
  while (cells.length < widths.length - FIGURES) cells.push(null);
  const answer = item.answer ? shownAnswer(item.answer, item.item, lang) : null;
  // An answer wrapped on n lines makes its row n lines tall: the label's first n lines share it, wrapped alike.
  const answerLines = answer === null ? 1 : textLines(answer, widths[ANSWER] - PADDING).length;
  const label = textLines(item.item.label[lang], widths[LABEL] - PADDING);
  const first = label.slice(0, answerLines).join(' ');
  return {
    top,
    left: ID,
    rows: [[item.item.id, first, answer, ...cells], ...label.slice(answerLines).map((line) => [null, line])],
    formats: [undefined, undefined, undefined, ...cells.map((): NumberFormat => 'percent')],
  };
}

/**
 * A row's texts each broken into lines of its column, the lines on the rows below: rows one line tall, so that
 * the columns of the page, side by side, share their rows without a gap.
 */
function wrappedRows(row: readonly PlanValue[], widths: readonly number[], left = 0): PlanValue[][] {
  const lines = row.map((value, c) => (typeof value === 'string' ? textLines(value, widths[left + c] - PADDING) : [value]));
  const tall = Math.max(1, ...lines.map((l) => l.length));
  return Array.from({ length: tall }, (_, k) => lines.map((l) => l[k] ?? null));
}

/**
 * A scored section as a radar: how it is scored, then the Member's, its region's and all respondents' scores
 * factor by factor, the chart drawn from them over the columns of the ID and label. A Member that scored no
 * factor has nothing to draw: a line says so.
 */
export function assessmentPanel(assessment: SelfAssessment, profile: MemberProfile, sheet: string, widths: readonly number[], lang: Language): Panel {
  const words = PROFILE_WORDS[lang];
  if (!assessment.answered) return notePanel(noteLines(words.notAssessed(profile.member.name[lang]), sum(widths)));
  const scores = assessment.scale.choices
    .filter((c) => assessment.scores.has(c.name))
    .map((c) => `${c.label[lang]}${NBSP}=${NBSP}${assessment.scores.get(c.name)}`)
    .join(', ');
  const notes = noteLines(words.scoring(scores), sum(widths.slice(ANSWER)));
  const rows = assessment.scored.map((f) => [f.factor.id, orNull(f.member), orNull(f.region.tooSmall ? undefined : f.region.mean), orNull(f.all.mean)]);
  const series = [profile.member.name[lang], REGIONS[profile.member.region][lang], words.all];
  const top = Math.max(...assessment.scores.values());
  return {
    rows: 1 + rows.length + notes.length,
    blocks: [
      {
        top: 0,
        left: ANSWER,
        rows: [[words.factor, words.member, words.region_, words.all]],
        style: 'label',
        runsOn: true,
        alignments: [undefined, RIGHT, RIGHT, RIGHT],
      },
      { top: 1, left: ANSWER, rows, formats: [undefined, 'score', 'score', 'score'], runsOn: true },
      { top: 1 + rows.length, left: ANSWER, rows: notes.map((n) => [n]), runsOn: true },
    ],
    // Beside the scores and the notes under them, over the columns of the ID and the label.
    chart: (row, left) => {
      const column = (offset: number) => ({ sheet, column: left + ANSWER + offset, top: row + 1, bottom: row + rows.length });
      return {
        kind: 'radar',
        scale: { min: 0, max: top, step: 1 },
        title: words.scoreByFactor,
        categories: column(0),
        series: series.map((name, i) => ({ name, values: column(i + 1) })),
        anchor: { top: row, left: left + ID, bottom: row + rows.length + notes.length, right: left + LABEL },
      };
    },
  };
}

function notePanel(lines: readonly string[]): Panel {
  return { rows: lines.length, blocks: [{ top: 0, left: ID, rows: lines.map((n) => [n]), runsOn: true }] };
}

/**
 * The Member's CRM indicators: each from baseline to follow-up, in its unit, and whether it improved by its
 * direction. The ID, unit, direction and periods are said in the label's column; each value sits in the second
 * column of a pair, its header running on over the first.
 */
export function indicatorsPanel(indicators: readonly Measurement[], member: Member, widths: readonly number[], lang: Language): Panel {
  const words = PROFILE_WORDS[lang];
  const heading: BlockPlan = { top: 0, left: ID, rows: [[words.indicatorsHeading]], style: 'label', runsOn: true };
  if (indicators.length === 0) {
    const lines = noteLines(words.noIndicators(member.name[lang]), sum(widths));
    return { rows: 1 + lines.length, blocks: [heading, { top: 1, left: ID, rows: lines.map((n) => [n]), runsOn: true }] };
  }
  const looks = indicatorLooks(indicators);
  const cells = indicatorCells(indicators, lang);
  let top = 2;
  const rows = indicators.map((m, i): BlockPlan => {
    const look = looks.get(m.indicator)!;
    const [described, status, baseline, followUp] = cells[i];
    const block: BlockPlan = {
      top,
      left: LABEL,
      rows: wrappedRows([described, status, null, baseline, null, followUp], widths, LABEL),
      formats: [undefined, undefined, undefined, look.value, undefined, look.value],
      runsOn: true,
    };
    top += block.rows.length;
    return block;
  });
  return {
    rows: top,
    blocks: [
      heading,
      {
        top: 1,
        left: LABEL,
        rows: [[words.indicator, words.result, null, words.baseline, null, words.followUp]],
        style: 'label',
        runsOn: true,
        alignments: [undefined, undefined, undefined, RIGHT, undefined, RIGHT],
      },
      ...rows,
    ],
  };
}

/** An indicator's row: its label with its ID, unit, direction and periods; its status; its baseline and follow-up. */
function indicatorCells(indicators: readonly Measurement[], lang: Language): PlanValue[][] {
  const words = PROFILE_WORDS[lang];
  return indicators.map((m) => {
    const { indicator } = m;
    const periods = m.baselinePeriod && m.followUpPeriod ? `, ${m.baselinePeriod} → ${m.followUpPeriod}` : '';
    const direction = words.betterWhen(DIRECTION_LABELS[indicator.direction][lang]);
    const described = `${indicator.label[lang]} (${indicator.id}; ${indicator.unit.label[lang]}; ${direction})${periods}`;
    return [described, STATUS_LABELS[m.status][lang], orNull(m.baseline), orNull(m.followUp)];
  });
}

/** The widths the indicators' values need, as their looks show them. */
export function indicatorWidths(indicators: readonly Measurement[], lang: Language): number[] {
  const looks = indicatorLooks(indicators);
  return indicatorCells(indicators, lang).flatMap((row, i) => {
    const look = looks.get(indicators[i].indicator)!;
    return [valueWidth(row[2], look.value), valueWidth(row[3], look.value)];
  });
}

function sum(widths: readonly number[]): number {
  return widths.reduce((total, w) => total + w, 0);
}
