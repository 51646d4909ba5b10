import type { Indicator } from './types';
import { COUNT, DAYS, HOURS, PERCENT, USD_MILLION, USD_PER_DECLARATION } from './units';

const CRM_44 = 'CRM policy ¶44';
const HONG_KONG = 'Survey report, Evaluation Mechanisms: Hong Kong, China';

/**
 * The built-in success indicators: the improvement indicators of the CRM policy document
 * (¶43: measure the position before reform, then monitor improvement; ¶44: the indicators)
 * and the integrity measures of Hong Kong, China in the survey report. In catalogue order.
 */
export const INDICATOR_CATALOGUE: readonly Indicator[] = [
  {
    id: 'COMPLIANCE',
    label: { en: 'Compliance rate of declarations examined', fr: 'Taux de conformité des déclarations contrôlées' },
    unit: PERCENT,
    direction: 'higher',
    source: `${CRM_44}: greater compliance with the law and procedures`,
  },
  {
    // The same measure seen from the other side: a Member reports one of the two, not both.
    id: 'NON-COMPLIANCE',
    label: { en: 'Non-compliance rate of declarations examined', fr: 'Taux de non-conformité des déclarations contrôlées' },
    unit: PERCENT,
    direction: 'lower',
    source: `${CRM_44}: greater compliance with the law and procedures`,
  },
  {
    id: 'REV-YIELD',
    label: { en: 'Customs revenue yield', fr: 'Rendement des recettes douanières' },
    unit: USD_MILLION,
    direction: 'higher',
    source: `${CRM_44}: increased revenue yields`,
  },
  {
    id: 'DETECTIONS',
    label: {
      en: 'Detections of prohibited and restricted goods',
      fr: 'Détections de marchandises prohibées ou soumises à restrictions',
    },
    unit: COUNT,
    direction: 'higher',
    source: `${CRM_44}: increased detections of prohibited and restricted goods`,
  },
  {
    id: 'PROSECUTIONS',
    label: { en: 'Prosecutions of offenders', fr: 'Poursuites engagées contre des contrevenants' },
    unit: COUNT,
    direction: 'higher',
    source: `${CRM_44}: prosecution of offenders through improved controls`,
  },
  {
    // ¶44 wants more detections yet fewer offences: better controls first find more, better compliance
    // then leaves fewer to find. The two are read together, each in the direction ¶44 gives it.
    id: 'OFFENCES',
    label: { en: 'Customs offences recorded', fr: 'Infractions douanières constatées' },
    unit: COUNT,
    direction: 'lower',
    source: `${CRM_44}: better compliance, leading to fewer offences`,
  },
  {
    id: 'CLEARANCE-TIME',
    label: { en: 'Average clearance time', fr: 'Délai moyen de dédouanement' },
    unit: HOURS,
    direction: 'lower',
    source: `${CRM_44}: faster, more efficient scrutiny and clearance of goods`,
  },
  {
    id: 'BUSINESS-COST',
    label: { en: 'Business cost of Customs formalities', fr: 'Coût des formalités douanières pour les entreprises' },
    unit: USD_PER_DECLARATION,
    direction: 'lower',
    source: `${CRM_44}: reductions in business overheads`,
  },
  {
    id: 'STATS-DELAY',
    label: { en: 'Time to publish trade statistics', fr: 'Délai de publication des statistiques du commerce extérieur' },
    unit: DAYS,
    direction: 'lower',
    source: `${CRM_44}: more accurate and timely statistical and management information`,
  },
  {
    id: 'TA-NEEDS',
    label: {
      en: 'Technical assistance and training based on a needs analysis',
      fr: 'Assistance technique et formation fondées sur une analyse des besoins',
    },
    unit: PERCENT,
    direction: 'higher',
    source: `${CRM_44}: technical assistance and training based on sound organizational needs analysis`,
  },
  {
    id: 'E-DECLARATIONS',
    label: { en: 'Declarations processed electronically', fr: 'Déclarations traitées par voie électronique' },
    unit: PERCENT,
    direction: 'higher',
    source: `${CRM_44}: faster, more efficient scrutiny and clearance of goods and documentation`,
  },
  // Hong Kong, China reads fewer cases as more integrity. A rise just after new controls may rather
  // show that they work; the direction is still "lower", and the evaluator reads the trend over time.
  {
    id: 'COMPLAINTS',
    label: { en: 'Substantiated complaints against Customs officers', fr: 'Plaintes fondées contre des agents des douanes' },
    unit: COUNT,
    direction: 'lower',
    source: `${HONG_KONG} (substantiated complaints)`,
  },
  {
    id: 'CONVICTIONS',
    label: { en: 'Convictions for corruption', fr: 'Condamnations pour corruption' },
    unit: COUNT,
    direction: 'lower',
    source: `${HONG_KONG} (convictions on corrupt cases)`,
  },
  {
    id: 'BREACHES',
    label: { en: 'Breaches of internal guidelines', fr: 'Manquements aux directives internes' },
    unit: COUNT,
    direction: 'lower',
    source: `${HONG_KONG} (breaches of internal guidelines)`,
  },
  {
    id: 'DISCIPLINARY',
    label: { en: 'Disciplinary cases', fr: 'Affaires disciplinaires' },
    unit: COUNT,
    direction: 'lower',
    source: `${HONG_KONG} (disciplinary cases)`,
  },
];
