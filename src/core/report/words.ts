import type { Language } from '../i18n/language';
import { formatPercent } from '../i18n/numbers';
import { agreeing, counted } from '../i18n/plural';
import { french } from '../i18n/typography';

/** The text of the written sheets, in both languages. Sheet, table and column names are not here: they never change. */
export const WORDS = {
  en: {
    summaryTitle: 'WCO Survey of Integrity Practices — summary',
    respondentsCounted: 'Respondents counted',
    excludedByCutoff: (n: number) => `Excluded by the cutoff (first ${n === 1 ? '' : `${n} `}received)`,
    excludedForErrors: 'Excluded for errors (see the Validation sheet)',
    membersInRegistry: 'Members in the registry',
    membersResponding: 'Members responding',
    responseRate: 'Response rate',
    base: 'Base of each percentage',
    baseAnswered: 'respondents who answered the item',
    baseRespondents: 'all counted respondents',
    baseApplicable: 'respondents the item was asked of (its relevant condition held)',
    leftOut: 'Submissions left out',
    undated: (members: string) => `No date received, ranked last for the cutoff: ${members}.`,
    chart: (n: number, title: string) => `Chart ${n} — ${title}`,
    chartsTitle: 'Charts 1–7: percent of respondents',
    formChartsTitle: (form: string) => `${form}: percent of respondents`,
    chartPart: (title: string, n: number) => `${title} — part ${n}`,
    otherQuestions: 'Other questions',
    answer: 'Answer',
    percentOfRespondents: 'Percent of respondents',
    /** Under a chart's title: "n = 30–36 Members; first 36 responses received". */
    chartBase: (least: number, most: number, firstResponses?: number) =>
      `n = ${least === most ? least : `${least}–${most}`} ${agreeing(least === most ? least : most, 'en', ['Member', 'Members'])}` +
      (firstResponses === undefined ? '' : `; first ${firstResponses === 1 ? 'response' : `${firstResponses} responses`} received`),
    chartSource: (survey: string) => `Source: ${survey}`,
    low: 'Low',
    high: 'High',
    below: 'Minus',
    above: 'Plus',
    intervalsDrawn: (base: string, beside: boolean) => `${base}; lines: 95 % intervals (figures ${beside ? 'beside' : 'in the Summary'})`,
    intervalsUndrawn: (base: string, beside: boolean) => `${base}; 95 % intervals: Low and High ${beside ? 'beside the chart' : 'in the Summary'}`,
    surveyRound: 'WCO Survey of Integrity Practices, 1998 round',
    question: 'Question',
    label: 'Label',
    validationTitle: (errors: number, warnings: number) => `${counted(errors, 'en', ['error', 'errors'])}, ${counted(warnings, 'en', ['warning', 'warnings'])}`,
    regionsTitle: 'WCO regions, with the respondents counted in each',
    smallBaseNote: (min: number) =>
      `A percentage on fewer than ${counted(min, 'en', ['respondent', 'respondents'])} is left blank (too few respondents to read).`,
    regionIntervalsNote: (corrected: boolean) =>
      `Low and High: the 95 % interval of each region’s percent${corrected ? ', corrected for the region’s Members in the registry' : ''}. It assumes the region’s respondents are like a random sample of them.`,
    comparisonTitle: 'Comparisons',
    publishedHeading: 'Against the figures published in the 1998 report',
    approximate: (ids: string) => `The report gives approximate figures for ${ids} (“nearly”).`,
    memberHeading: (member: string) => `${member} against all respondents and its region`,
    notCountedErrors: (errors: string) =>
      `This Member’s submission is not counted in the percentages: it has errors (${errors}). Correct them: see the Validation sheet.`,
    notCountedCutoff: (n: number) =>
      n === 1
        ? 'This Member’s submission is not counted in the percentages: only the first received counts, and it came after it.'
        : `This Member’s submission is not counted in the percentages: only the first ${n} received count, and it came after them.`,
    notCountedAbsent: 'This Member’s submission is not among the respondents counted in the percentages.',
    notCountedEmpty: 'This Member returned its submission without any answer: it is not counted as a respondent.',
    returnedEmpty: (members: string, more: number) =>
      `Returned without any answer, not counted as respondents: ${members}${more > 0 ? `, and ${more} more (each named in the Validation sheet)` : ''}.`,
    yes: 'Yes',
    no: 'No',
    comparisonHowTo:
      'This sheet compares one Member, one WCO region or another survey round with all respondents, item by item, in percentage points. To ask for one: on the command line, add --member NAME, --region CODE (AM, ESA, EUR, AP, MENA or WCA) or --compare other.xlsx to wco-survey analyze; in the task pane, use the Compare tab.',
    comparisonMore:
      'To compare a Member, a WCO region or another survey round as well: on the command line, add --member NAME, --region CODE or --compare other.xlsx to wco-survey analyze; in the task pane, use the Compare tab.',
    regionHeading: (region: string) => `${region} against the other respondents`,
    regionAgainstRest:
      'The region is compared with the other respondents (Rest), not with all of them, who include its own: Difference (pp) is the region’s percent less the rest’s. All percent is shown beside.',
    differenceIntervalNote: (min: number) =>
      `Low (pp) and High (pp): the 95 % interval of each difference, where both sides have ${counted(min, 'en', ['respondent', 'respondents'])} or more; Significant is Yes where it excludes 0, a difference the data can support. They assume the respondents are like a random sample of the population; those who did not respond may differ more than they show.`,
    publishedIntervalNote: 'The published figure is taken as exact: the interval of each difference is this percent’s own (Low, High) less the figure.',
    roundHeading: (other: string) => `This round against ${other}`,
    crmTitle: 'CRM Programme success indicators, from baseline to follow-up',
    crmNone:
      'No CRM indicators in this workbook. Add a sheet “CRM Indicators” with the columns Member, Indicator, Stage, Baseline period, Baseline, Follow-up period, Follow-up.',
    crmTolerance: (t: number) => `A change within ${formatPercent(t, 'en', { maxDecimals: 1 })} of the baseline counts as unchanged.`,
    crmLeftOut: (n: number) => `${counted(n, 'en', ['row', 'rows'])} of the CRM Indicators sheet left out for errors: see the Validation sheet.`,
    crmPoints: 'A percentage’s change is in percentage points; its relative change is left blank.',
    crmResults: 'Each Member’s indicators',
    crmMembers: 'Per Member: share of measured indicators improved',
    crmIndicators: 'Per indicator: Members improved',
  },
  fr: french({
    summaryTitle: 'Enquête de l’OMD sur les pratiques en matière d’intégrité — synthèse',
    respondentsCounted: 'Répondants comptés',
    excludedByCutoff: (n: number) => `Exclus par la limite (${n === 1 ? 'première réponse reçue' : `${n} premières réponses reçues`})`,
    excludedForErrors: 'Exclus pour erreurs (voir la feuille Validation)',
    membersInRegistry: 'Membres du registre',
    membersResponding: 'Membres ayant répondu',
    responseRate: 'Taux de réponse',
    base: 'Base de chaque pourcentage',
    baseAnswered: 'répondants ayant répondu à la question',
    baseRespondents: 'tous les répondants comptés',
    baseApplicable: 'répondants à qui la question était posée (sa condition relevant était remplie)',
    leftOut: 'Soumissions écartées',
    undated: (members: string) => `Sans date de réception, classés en dernier pour la limite : ${members}.`,
    chart: (n: number, title: string) => `Graphique ${n} — ${title}`,
    chartsTitle: 'Graphiques 1 à 7 : pourcentage des répondants',
    formChartsTitle: (form: string) => `${form} : pourcentage des répondants`,
    chartPart: (title: string, n: number) => `${title} — partie ${n}`,
    otherQuestions: 'Autres questions',
    answer: 'Réponse',
    percentOfRespondents: 'Pourcentage des répondants',
    /** A non-breaking space before « ; » and « : », as French typography wants. */
    chartBase: (least: number, most: number, firstResponses?: number) =>
      `n = ${least === most ? least : `${least}–${most}`} ${agreeing(least === most ? least : most, 'fr', ['Membre', 'Membres'])}` +
      (firstResponses === undefined ? '' : ` ; ${firstResponses === 1 ? 'première réponse reçue' : `${firstResponses} premières réponses reçues`}`),
    chartSource: (survey: string) => `Source : ${survey}`,
    low: 'Inf.',
    high: 'Sup.',
    below: 'Moins',
    above: 'Plus',
    intervalsDrawn: (base: string, beside: boolean) => `${base} ; traits : intervalles à 95 % (chiffres ${beside ? 'à côté' : 'dans la feuille Summary'})`,
    intervalsUndrawn: (base: string, beside: boolean) =>
      `${base} ; intervalles à 95 % : ${beside ? 'colonnes Inf. et Sup. à côté du graphique' : 'colonnes Low et High de la feuille Summary'}`,
    surveyRound: 'Enquête de l’OMD sur les pratiques en matière d’intégrité, cycle 1998',
    question: 'Question',
    label: 'Libellé',
    validationTitle: (errors: number, warnings: number) =>
      `${counted(errors, 'fr', ['erreur', 'erreurs'])}, ${counted(warnings, 'fr', ['avertissement', 'avertissements'])}`,
    regionsTitle: 'Régions de l’OMD, avec les répondants comptés dans chacune',
    smallBaseNote: (min: number) =>
      `Un pourcentage sur moins de ${counted(min, 'fr', ['répondant', 'répondants'])} est laissé en blanc (trop peu de répondants pour être lu).`,
    regionIntervalsNote: (corrected: boolean) =>
      `Low et High : l’intervalle à 95 % du pourcentage de chaque région${corrected ? ', corrigé pour les Membres de la région inscrits au registre' : ''}. Il suppose que les répondants de la région sont comme un échantillon aléatoire de ceux-ci.`,
    comparisonTitle: 'Comparaisons',
    publishedHeading: 'Par rapport aux chiffres publiés dans le rapport de 1998',
    approximate: (ids: string) => `Le rapport donne des chiffres approximatifs pour ${ids} (« près de »).`,
    memberHeading: (member: string) => `${member} par rapport à l’ensemble des répondants et à sa région`,
    notCountedErrors: (errors: string) =>
      `La soumission de ce Membre n’est pas comptée dans les pourcentages : elle comporte des erreurs (${errors}). Corrigez-les : voir la feuille Validation.`,
    notCountedCutoff: (n: number) =>
      n === 1
        ? 'La soumission de ce Membre n’est pas comptée dans les pourcentages : seule la première réponse reçue compte, et elle est arrivée après.'
        : `La soumission de ce Membre n’est pas comptée dans les pourcentages : seules les ${n} premières réponses reçues comptent, et elle est arrivée après.`,
    notCountedAbsent: 'La soumission de ce Membre ne figure pas parmi les répondants comptés dans les pourcentages.',
    notCountedEmpty: 'Ce Membre a renvoyé sa soumission sans aucune réponse : il n’est pas compté parmi les répondants.',
    returnedEmpty: (members: string, more: number) =>
      `Renvoyées sans aucune réponse, non comptées parmi les répondants : ${members}${more > 0 ? `, et ${more} autres (chacune nommée dans la feuille Validation)` : ''}.`,
    yes: 'Oui',
    no: 'Non',
    comparisonHowTo:
      'Cette feuille compare un Membre, une région de l’OMD ou un autre cycle de l’enquête à l’ensemble des répondants, question par question, en points de pourcentage. Pour en demander une : en ligne de commande, ajoutez --member NOM, --region CODE (AM, ESA, EUR, AP, MENA ou WCA) ou --compare autre.xlsx à wco-survey analyze ; dans le volet Office, utilisez l’onglet Comparer.',
    comparisonMore:
      'Pour comparer aussi un Membre, une région de l’OMD ou un autre cycle de l’enquête : en ligne de commande, ajoutez --member NOM, --region CODE ou --compare autre.xlsx à wco-survey analyze ; dans le volet Office, utilisez l’onglet Comparer.',
    regionHeading: (region: string) => `${region} par rapport aux autres répondants`,
    regionAgainstRest:
      'La région est comparée aux autres répondants (Rest), non à l’ensemble, qui comprend les siens : Difference (pp) est le pourcentage de la région moins celui des autres. All percent est donné à côté.',
    differenceIntervalNote: (min: number) =>
      `Low (pp) et High (pp) : l’intervalle à 95 % de chaque différence, lorsque chaque côté compte ${counted(min, 'fr', ['répondant', 'répondants'])} ou plus ; Significant vaut Oui lorsqu’il exclut 0, une différence que les données permettent d’affirmer. Ils supposent que les répondants sont comme un échantillon aléatoire de la population ; ceux qui n’ont pas répondu peuvent s’en écarter davantage qu’ils ne le montrent.`,
    publishedIntervalNote:
      'Le chiffre publié est tenu pour exact : l’intervalle de chaque différence est celui de ce pourcentage (Low, High) moins le chiffre.',
    roundHeading: (other: string) => `Ce cycle par rapport à ${other}`,
    crmTitle: 'Indicateurs de réussite du Programme RMD, de la référence au suivi',
    crmNone:
      'Aucun indicateur RMD dans ce classeur. Ajoutez une feuille « CRM Indicators » avec les colonnes Member, Indicator, Stage, Baseline period, Baseline, Follow-up period, Follow-up.',
    crmTolerance: (t: number) => `Une variation de moins de ${formatPercent(t, 'fr', { maxDecimals: 1 })} de la référence compte comme inchangée.`,
    crmLeftOut: (n: number) =>
      `${counted(n, 'fr', ['ligne', 'lignes'])} de la feuille CRM Indicators ${agreeing(n, 'fr', ['écartée', 'écartées'])} pour erreurs : voir la feuille Validation.`,
    crmPoints: 'La variation d’un pourcentage est en points de pourcentage ; sa variation relative est laissée vide.',
    crmResults: 'Indicateurs de chaque Membre',
    crmMembers: 'Par Membre : part des indicateurs mesurés en amélioration',
    crmIndicators: 'Par indicateur : Membres en amélioration',
  }),
} as const satisfies Record<Language, Record<string, unknown>>;

export type Words = (typeof WORDS)[Language];
