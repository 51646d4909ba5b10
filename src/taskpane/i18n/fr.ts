import { counted, french } from '../../core';
import { formatNumber } from './format';
import type { Strings } from './strings';

/** A count and its noun, agreeing: 0 and 1 take the singular (the engine's rule: see core/i18n/plural). */
const plural = (n: number, one: string, many: string) => counted(n, 'fr', [one, many]);

/** The pane's French, its spacing set here once (non-breaking spaces before « : », « ; », « % »…), not by hand in each text. */
export const FR: Strings = french<Strings>({
  title: 'Enquête de l’OMD sur l’intégrité',
  otherLanguage: { code: 'en', name: 'English', hint: 'Show in English' },
  tabs: { label: 'Tâches', check: 'Vérifier', analyse: 'Analyser', compare: 'Comparer', crm: 'CRM', template: 'Modèle' },
  audience: {
    check: 'Pour les coordinateurs des Membres et le Secrétariat',
    analyse: 'Pour le Secrétariat',
    compare: 'Pour les évaluateurs',
    crm: 'Pour les évaluateurs',
    template: 'Pour les coordinateurs des Membres',
  },
  busy: {
    opening: 'Ouverture du classeur…',
    checking: 'Vérification du classeur…',
    analysing: 'Analyse des réponses…',
    comparing: 'Comparaison…',
    evaluating: 'Évaluation des indicateurs CRM…',
    writing: 'Écriture dans le classeur…',
    creating: 'Création de la feuille de soumission…',
    importing: 'Importation des soumissions…',
  },
  progress: {
    stages: {
      reading: 'Lecture du classeur…',
      checking: 'Vérification des soumissions…',
      analysing: 'Calcul des pourcentages…',
      writing: 'Écriture des feuilles…',
      importing: 'Importation des soumissions…',
    },
    checked: (done, total) => `${plural(done, 'soumission vérifiée', 'soumissions vérifiées')} sur ${formatNumber(total, 'fr')}`,
    cancel: 'Annuler',
  },
  file: {
    intro: 'Ouvrez un classeur de l’enquête (.xlsx, ou .xlsm avec macros) depuis cet ordinateur. Il y reste : rien n’est envoyé nulle part.',
    officeJsNotLoaded: (host) =>
      `Excel est introuvable : le script d’Office (office.js) n’a pas pu être chargé depuis ${host}. Vous pouvez tout de même ouvrir un classeur ici.`,
    open: 'Ouvrir un classeur',
    openAnother: 'Ouvrir un autre classeur',
    opened: (name) => `Classeur : ${name}`,
    download: 'Télécharger le classeur',
    nothingWritten: 'Écrivez d’abord les résultats ou une feuille, puis téléchargez le classeur pour les garder.',
    writtenNotSaved: 'Feuilles écrites dans cette copie. Téléchargez le classeur pour les garder.',
    leaveUnsaved: 'Des feuilles ont été écrites dans ce classeur sans être téléchargées depuis. Ouvrir un autre classeur sans elles ?',
    whoDoesWhat: 'Qui fait quoi',
    roles: [
      { who: 'Coordinateurs des Membres', what: 'Créez une feuille de soumission (Modèle), remplissez-la, puis vérifiez-la (Vérifier).' },
      { who: 'Secrétariat', what: 'Importez les fichiers renvoyés et vérifiez-les (Vérifier), puis analysez les réponses (Analyser).' },
      { who: 'Évaluateurs', what: 'Comparez des Membres, des régions et deux enquêtes (Comparer), et suivez les indicateurs CRM (CRM).' },
    ],
  },
  check: {
    intro: 'Vérifie chaque soumission par rapport au questionnaire et signale chaque problème à sa cellule.',
    run: 'Vérifier',
    writeValidation: 'Écrire la feuille Validation',
    notYet: 'Appuyez sur Vérifier pour rechercher les problèmes.',
    summary: (errors, warnings, submissions) => {
      const found = [errors && plural(errors, 'erreur', 'erreurs'), warnings && plural(warnings, 'avertissement', 'avertissements')].filter(Boolean);
      const checked = plural(submissions, 'soumission', 'soumissions');
      return found.length ? `${found.join(' et ')} dans ${checked}.` : `Aucun problème dans ${checked}.`;
    },
    layout: 'Structure du classeur',
    severity: { error: (n) => plural(n, 'erreur', 'erreurs'), warning: (n) => plural(n, 'avertissement', 'avertissements') },
    severityName: { error: 'Erreur', warning: 'Avertissement' },
    question: (id) => `Question ${id}`,
    indicator: (id) => `Indicateur ${id}`,
    goToHint: 'Choisissez un problème pour aller à sa cellule. Une erreur écarte la soumission des résultats ; un avertissement, non.',
    browserHint:
      'Corrigez les problèmes dans votre tableur, puis rouvrez ici le classeur. Une erreur écarte la soumission des résultats ; un avertissement, non.',
    chosenCell: (ref) => `Cellule ${ref} : corrigez-la dans le classeur, puis rouvrez-le ici et vérifiez.`,
    validationWritten: 'La feuille Validation liste tous les problèmes.',
    memberQuestion: 'Question Membre',
    memberQuestionHint: 'La question du formulaire dont la réponse nomme le Membre. Elle est enregistrée avec les résultats.',
    memberQuestionMissing: 'Le formulaire n’a pas de question nommée member ou country. Choisissez celle dont la réponse nomme le Membre.',
    memberQuestionPlaceholder: 'Choisissez une question',
    filters: {
      severity: { label: 'Gravité', any: 'Erreurs et avertissements' },
      member: { label: 'Membre', any: 'Tous les Membres' },
      code: { label: 'Type de problème', any: 'Tous les types' },
    },
    severityOnly: { error: 'Erreurs seulement', warning: 'Avertissements seulement' },
    showing: (shown, total) => `${plural(shown, 'problème affiché', 'problèmes affichés')} sur ${formatNumber(total, 'fr')}`,
    issueList: 'Problèmes par Membre',
  },
  analyse: {
    intro: 'Calcule les pourcentages des graphiques 1 à 7 du rapport, puis écrit les feuilles de synthèse et les graphiques.',
    introForm: 'Calcule les pourcentages des questions du formulaire, puis écrit les feuilles de synthèse et un graphique par groupe.',
    settings: 'Paramètres',
    firstResponses: 'Premières réponses',
    firstResponsesHint: 'Ne compter que les N premières soumissions reçues. Laissez vide pour toutes les compter.',
    firstResponsesInvalid: 'Saisissez un nombre entier, 1 ou plus, ou laissez le champ vide pour compter toutes les soumissions.',
    population: 'Population',
    populationHint: (members) => `Le nombre de destinataires de l’enquête. Laissez vide pour les Membres du registre (${formatNumber(members, 'fr')}).`,
    populationInvalid: 'Saisissez un nombre entier, 1 ou plus, ou laissez le champ vide pour les Membres du registre.',
    base: 'Base de chaque pourcentage',
    bases: {
      answered: 'Répondants ayant répondu à la question',
      respondents: 'Tous les répondants comptés',
      applicable: 'Répondants concernés par la question (sa condition est remplie)',
    },
    language: 'Langue des feuilles écrites',
    languages: { en: 'Anglais', fr: 'Français' },
    userSettingsSheet:
      'La feuille Settings est la vôtre : le complément ne la modifie pas, et ces valeurs ne valent que pour cette analyse. Modifiez-les dans la feuille pour les garder.',
    formSettingsSheet:
      'La feuille settings du XLSForm prend le nom Settings (Excel ne distingue pas la casse) : ces valeurs ne valent que pour cette analyse et ne sont pas enregistrées.',
    run: 'Analyser',
    write: 'Écrire les résultats',
    writeHint: 'Écrit les feuilles Summary, Charts, Regions, Comparison, CRM Summary et Validation.',
    written: (sheets) => `Écrit : ${sheets}.`,
    printsAsExcelSetsIt: (version) =>
      `Cette version d’Excel ne peut pas régler l’impression des feuilles (il faut ExcelApi ${version}, comme dans Microsoft 365 et Excel pour le web) : elles s’impriment avec la mise en page par défaut d’Excel.`,
    settingsSaved: 'Ces paramètres sont enregistrés dans la feuille Settings.',
    headline: {
      heading: 'Chiffres clés',
      respondentsCounted: 'Répondants comptés',
      membersResponding: 'Membres ayant répondu',
      ofMembers: (n) => `sur ${plural(n, 'Membre', 'Membres')}`,
      responseRate: 'Taux de réponse',
      excludedByCutoff: 'Écartés par Premières réponses',
      excludedForErrors: 'Écartés pour erreurs',
    },
    sections: 'Pourcentages par section',
    chart: (n, title) => `Graphique ${n} : ${title}`,
    columns: { question: 'Question', percent: 'Pourcentage' },
    countOfBase: (count, base) => `${count} sur ${base}`,
    intervals: (minimum) =>
      `Entre parenthèses : l’intervalle à 95 % de chaque pourcentage, sur une base de ${minimum} ou plus. Il suppose que les répondants sont comme un échantillon aléatoire de la population ; ceux qui n’ont pas répondu peuvent s’en écarter davantage.`,
    ready: (n) => `Analyse prête : ${plural(n, 'répondant compté', 'répondants comptés')}.`,
  },
  compare: {
    intros: {
      member:
        'Pour chaque réponse publiée : la réponse du Membre (✓ quand il donne cette réponse), le pourcentage de l’ensemble des répondants et de la région du Membre qui la donnent, et l’écart entre la région et l’ensemble en points de pourcentage.',
      region:
        'Pour chaque réponse publiée : le pourcentage des répondants de la région et des autres répondants qui la donnent, et l’écart en points de pourcentage.',
      round: 'Pour chaque réponse publiée : le pourcentage dans cette enquête et dans l’autre, et l’évolution en points de pourcentage.',
    },
    kind: 'Objet de la comparaison',
    kinds: { member: 'Un Membre', region: 'Une région', round: 'Une deuxième enquête' },
    member: 'Membre',
    region: 'Région',
    round: 'Deuxième enquête (une feuille de ce classeur)',
    choose: 'Choisir…',
    noMembers: 'Aucun Membre n’a encore de soumission dans ce classeur. Lancez Vérifier pour le relire.',
    noRounds:
      'Aucune autre feuille de ce classeur ne contient de réponses. Placez l’autre enquête sur une feuille à part : une colonne Member et une colonne par question.',
    preview: 'Aperçu',
    write: 'Écrire la feuille Comparison',
    written: 'La feuille Comparison contient cette comparaison et celle avec les chiffres publiés en 1998.',
    writeProfile: 'Écrire le profil du Membre',
    profileHint: (sheet) =>
      `Écrit la feuille ${sheet} : les réponses du Membre à côté des pourcentages de sa région et de l’ensemble des répondants, dans la langue de ses réponses.`,
    profileNeedsMember:
      'Choisissez un Membre pour écrire son profil : ses réponses à côté des pourcentages de sa région et de l’ensemble des répondants, sur une feuille à part, dans la langue de ses réponses.',
    profileWritten: (sheet, member, language) => `Feuille ${sheet} écrite (${member}, en ${{ en: 'anglais', fr: 'français' }[language]}).`,
    profilePrintsAsExcelSetsIt: (version) =>
      `Cette version d’Excel ne peut pas régler son impression (il faut ExcelApi ${version}) : choisissez Ajuster à une page dans Mise en page avant de l’imprimer.`,
    notCounted: {
      errors: 'La soumission de ce Membre n’est pas comptée dans les pourcentages : elle comporte des erreurs. Vérifier les énumère.',
      cutoff: (first) =>
        first === 1
          ? 'La soumission de ce Membre n’est pas comptée dans les pourcentages : seule la première réponse reçue compte (Premières réponses).'
          : `La soumission de ce Membre n’est pas comptée dans les pourcentages : seules les ${first} premières réponses reçues comptent (Premières réponses).`,
      empty: 'Ce Membre a renvoyé sa soumission sans aucune réponse : il n’est pas compté parmi les répondants.',
      absent: 'La soumission de ce Membre ne figure pas parmi les répondants comptés dans les pourcentages.',
    },
    smallBase: (minimum) => `Un pourcentage sur moins de ${plural(minimum, 'répondant', 'répondants')} s’affiche « — » (trop peu de répondants pour être lu).`,
    columns: {
      region: ['Région', 'Autres', 'Écart'],
      round: ['Cette enquête', 'Autre enquête', 'Évolution'],
    },
    memberColumns: ['Membre', 'Tous', 'Région', 'Écart'],
    memberRegion: (region) => `Région : ${region}. Écart : le pourcentage de la région moins celui de l’ensemble, en points.`,
    gives: 'donne cette réponse',
    points: (value) => `${value} pts`,
    pointsInterval: (low, high) => `(${low} à ${high})`,
    significant: 'significatif',
    legend: (minimum, differences) =>
      differences
        ? `Entre parenthèses : l’intervalle à 95 % de chaque pourcentage et de chaque écart, lorsque chaque côté compte ${plural(minimum, 'répondant', 'répondants')} ou plus. En gras : un écart significatif, dont l’intervalle exclut 0. Les intervalles supposent que les répondants sont comme un échantillon aléatoire de la population.`
        : `Entre parenthèses : l’intervalle à 95 % de chaque pourcentage sur ${plural(minimum, 'répondant', 'répondants')} ou plus. Les intervalles supposent que les répondants sont comme un échantillon aléatoire de la population.`,
    ready: (subject) => `Comparaison prête : ${subject}.`,
  },
  crm: {
    intro: 'Suit les indicateurs de réussite CRM de chaque Membre, de la référence au suivi, d’après la feuille CRM Indicators.',
    readAgain: 'Relire la feuille',
    readAt: (ms) => `(Lue à ${new Date(ms).toLocaleTimeString('fr-FR')}.)`,
    write: 'Écrire la feuille CRM Summary',
    written: 'La feuille CRM Summary contient chaque Membre et chaque indicateur.',
    none: 'Aucun indicateur CRM dans ce classeur. Ajoutez une feuille « CRM Indicators » avec les colonnes Member, Indicator, Stage, Baseline period, Baseline, Follow-up period, Follow-up.',
    status: { improved: 'En progrès', declined: 'En recul', unchanged: 'Inchangé', 'not-measured': 'Non mesuré' },
    improvedOf: (improved, measured) => `${improved} sur ${measured} en progrès`,
    leftOut: (rows) => `${plural(rows, 'ligne écartée', 'lignes écartées')} pour erreurs : voir Vérifier.`,
    ready: (members) => `${plural(members, 'Membre suit', 'Membres suivent')} des indicateurs CRM.`,
    stage: (stage) => `Étape : ${stage}`,
  },
  template: {
    intro:
      'Crée une feuille de soumission que le coordonnateur d’un Membre remplit : une ligne par question, chaque réponse choisie dans une liste. Seules les cellules de réponse sont modifiables.',
    member: 'Membre',
    memberHint: 'Tapez pour filtrer la liste. Laissez vide pour que le coordonnateur choisisse.',
    memberPlaceholder: 'Tapez le nom d’un Membre…',
    noMatch: (typed) => `Aucun Membre ne correspond à « ${typed} ».`,
    unmatched: 'Choisissez un Membre dans la liste, ou laissez le champ vide.',
    language: 'Langue de la feuille',
    languages: { en: 'Anglais', fr: 'Français' },
    create: 'Créer la feuille de soumission',
    hint: 'Elle est ajoutée comme nouvelle feuille ; rien d’autre ne change dans le classeur. Pour l’envoyer, copiez-la dans un classeur à part : clic droit sur son onglet › Déplacer ou copier › (nouveau classeur).',
    created: (sheet) => `Feuille « ${sheet} » créée.`,
    noDropdowns: (version) =>
      `Cette version d’Excel ne peut pas placer de listes déroulantes dans les cellules de réponse (il faut ExcelApi ${version}) : le coordonnateur saisit chaque réponse, et la vérification signale celles qui ne figurent pas parmi les réponses de la question.`,
    createdInExcel: 'Sa cellule Membre est sélectionnée.',
    createdInBrowser: 'Téléchargez le classeur pour la garder.',
  },
  imports: {
    button: 'Importer des soumissions',
    description:
      'Pour le Secrétariat : rassemble les fichiers de soumission renvoyés par les Membres (.xlsx ou .xlsm, plusieurs à la fois) dans un seul tableau Responses, puis le vérifie. Vos feuilles ne sont jamais modifiées. Les fichiers importés ensuite sont ajoutés sous les lignes du tableau ; un fichier déjà importé est ignoré.',
    reading: (file, files, name) => `Lecture du fichier ${file} sur ${files} : ${name}`,
    writing: 'Écriture des soumissions dans le classeur…',
    filesRead: 'Fichiers lus',
    ofFiles: (read, files) => `${read} sur ${files}`,
    gathered: 'Soumissions rassemblées',
    carried: 'Déjà dans ce classeur',
    done: (sheet) =>
      `Soumissions rassemblées dans la feuille « ${sheet} ». La feuille Import Log liste chaque fichier ; la vérification ci-dessous les couvre toutes.`,
    nothing: 'Aucune soumission dans les fichiers choisis : rien n’a été écrit.',
    added: 'Soumissions ajoutées',
    importedBefore: 'Déjà importés',
    addedUnder: (sheet) =>
      `Soumissions ajoutées sous les lignes du tableau Responses de la feuille « ${sheet} », qui restent telles quelles. La feuille Import Log liste chaque fichier ; la vérification ci-dessous les couvre toutes.`,
    nothingNew: 'Aucune nouvelle soumission dans les fichiers choisis : rien n’a été écrit, et la feuille Import Log est inchangée.',
    besideYours: (yours, sheet) =>
      `Votre feuille « ${yours} » n’est pas modifiée : ses lignes sont copiées dans « ${sheet} », que Vérifier et Analyser lisent désormais.`,
    notUsed: (files) => plural(files, 'fichier non utilisé', 'fichiers non utilisés'),
    noSubmissions: 'Aucune feuille ou tableau Responses, et aucune feuille portant « WCO integrity survey submission » en A1.',
    thisWorkbook: 'Ce classeur',
  },
  errors: {
    unexpected: (detail) => `Une erreur s’est produite (${detail}). Réessayez ; si elle se reproduit, fermez le complément et rouvrez-le.`,
    nothingYet:
      'Rien à vérifier pour l’instant : ce classeur ne contient aucune donnée. Créez une feuille de soumission dans l’onglet Modèle, ou rassemblez les fichiers reçus avec Importer des soumissions.',
  },
});
