import type { Localized } from '../i18n/language';
import { fold } from '../text/fold';

/** The four stages of the CRM Programme, in programme order. */
export const CRM_STAGES = ['entry', 'diagnosis-and-planning', 'implementation', 'evaluation'] as const;
export type Stage = (typeof CRM_STAGES)[number];

export const STAGE_LABELS: Readonly<Record<Stage, Localized>> = {
  entry: { en: 'Entry', fr: 'Entrée' },
  'diagnosis-and-planning': { en: 'Diagnosis and Planning', fr: 'Diagnostic et planification' },
  implementation: { en: 'Implementation', fr: 'Mise en œuvre' },
  evaluation: { en: 'Evaluation', fr: 'Évaluation' },
};

/** Other ways of writing a stage; "Stage", "Étape", "Phase" and linking words are dropped before matching. */
const ALIASES: Readonly<Record<Stage, readonly string[]>> = {
  entry: [],
  'diagnosis-and-planning': ['Diagnosis', 'Diagnostic', 'Planning', 'Planification', 'Diagnostic study'],
  implementation: ['Mise en oeuvre'],
  evaluation: [],
};

const FILLER = new Set(['stage', 'etape', 'phase', 'the', 'and', 'et', 'de', 'd', 'l', 'la']);

function stageKey(text: string): string {
  return fold(text)
    .split(' ')
    .filter((word) => !FILLER.has(word))
    .join(' ');
}

const BY_KEY: ReadonlyMap<string, Stage> = new Map(
  CRM_STAGES.flatMap((stage) => [stage, STAGE_LABELS[stage].en, STAGE_LABELS[stage].fr, ...ALIASES[stage]].map((s) => [stageKey(s), stage])),
);

/** "Diagnosis & Planning", "étape de mise en oeuvre", "EVALUATION": the stage, if it is one. */
export function stageOf(text: string): Stage | undefined {
  return BY_KEY.get(stageKey(text));
}
