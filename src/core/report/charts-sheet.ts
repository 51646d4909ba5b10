import type { SurveyAnalysis } from '../analyse/analyse-survey';
import type { AnswerResult } from '../analyse/percentages';
import type { Language } from '../i18n/language';
import type { Section } from '../questionnaire/types';
import { answerLabel, orNull } from './answer-columns';
import type { BlockPlan, ChartPlan, SheetPlan } from './plan';
import { WORDS } from './words';

export const CHARTS = 'Charts';
/** Rows a chart covers, and the columns of its data block (question, label, one column per series). */
const CHART_ROWS = 18;
const CHART_LEFT = 6;
const CHART_RIGHT = 15;

/** One bar chart per charted section (S1–S7), each beside the block of percentages it draws. */
export function chartsSheet(analysis: SurveyAnalysis, lang: Language): SheetPlan {
  const words = WORDS[lang];
  const blocks: BlockPlan[] = [{ top: 1, left: 1, rows: [[words.chartsTitle]], style: 'title' }];
  const charts: ChartPlan[] = [];
  let top = 3;
  for (const section of analysis.questionnaire.sections.filter((s) => s.chart !== undefined)) {
    const results = analysis.results.filter((r) => r.item.sectionId === section.id);
    const answers = section.items[0]?.scale.reported.map((r) => r.answer) ?? [];
    if (answers.length === 0) continue;
    const part = sectionPart(section, results, answers, top, lang);
    blocks.push(...part.blocks);
    charts.push(part.chart);
    top += Math.max(CHART_ROWS, section.items.length + 2) + 2;
  }
  return { name: CHARTS, blocks, tables: [], charts, columnWidths: { 1: 9, 2: 48, 3: 12, 4: 12 } };
}

function sectionPart(section: Section, results: readonly AnswerResult[], answers: readonly string[], top: number, lang: Language) {
  const title = WORDS[lang].chart(section.chart!, section.label[lang]);
  const percentOf = (itemId: string, answer: string) => orNull(results.find((r) => r.item.id === itemId && r.answer === answer)?.percent);
  const header = [WORDS[lang].question, WORDS[lang].label, ...answers.map((answer) => answerLabel({ item: section.items[0], answer }, lang))];
  const rows = section.items.map((item) => [item.id, item.label[lang], ...answers.map((a) => percentOf(item.id, a))]);
  const first = top + 2;
  const last = first + rows.length - 1;
  const blocks: BlockPlan[] = [
    { top, left: 1, rows: [[title]], style: 'heading' },
    { top: top + 1, left: 1, rows: [header], style: 'label' },
    { top: first, left: 1, rows, formats: [undefined, undefined, ...answers.map(() => 'percent' as const)] },
  ];
  const chart: ChartPlan = {
    title,
    categories: { sheet: CHARTS, column: 2, top: first, bottom: last },
    series: answers.map((_, i) => ({ name: String(header[2 + i]), values: { sheet: CHARTS, column: 3 + i, top: first, bottom: last } })),
    anchor: { top, left: CHART_LEFT, bottom: top + CHART_ROWS - 1, right: CHART_RIGHT },
  };
  return { blocks, chart };
}
