import { CPB, PPN, TEXT, TIN, YN } from './scales';
import type { Item, PublishedFigure, Questionnaire, Scale, Section } from './types';

/**
 * The 1998 WCO Survey of Integrity Practices, reconstructed from the report's Charts 1–7
 * (every chart a section, every bar an item), with the report's published figures.
 * Item IDs are the product's contract: response columns, summary rows and tests use them.
 */

type Figures = Record<string, number | PublishedFigure>;
type ItemRow = readonly [id: string, en: string, fr: string, figures?: Figures | undefined, scale?: Scale];

function section(id: string, en: string, fr: string, scale: Scale, rows: readonly ItemRow[], chart?: number): Section {
  const items: Item[] = rows.map(([itemId, itemEn, itemFr, figures, itemScale = scale]) => ({
    id: itemId,
    sectionId: id,
    type: itemScale === TEXT ? 'text' : 'select_one',
    scale: itemScale,
    label: { en: itemEn, fr: itemFr },
    ...(figures ? { published: published(figures) } : {}),
  }));
  return { id, label: { en, fr }, ...(chart ? { chart } : {}), items };
}

function published(figures: Figures): Record<string, PublishedFigure> {
  return Object.fromEntries(Object.entries(figures).map(([answer, f]) => [answer, typeof f === 'number' ? { value: f } : f]));
}

export const SURVEY_1998: Questionnaire = {
  id: 'wco-integrity-1998',
  title: {
    en: 'WCO Survey of Integrity Practices in Customs Administrations (1998)',
    fr: 'Enquête de l’OMD sur les pratiques en matière d’intégrité dans les administrations des douanes (1998)',
  },
  sections: [
    section(
      'S1',
      'Forces impacting on Customs integrity and conduct',
      'Facteurs influant sur l’intégrité et la conduite en douane',
      YN,
      [
        ['F1', 'Greater public and media scrutiny', 'Surveillance accrue du public et des médias', { Yes: 0.75 }],
        ['F2', 'Increased expectation from the public for quality services', 'Attentes accrues du public quant à la qualité des services', { Yes: 0.68 }],
        [
          'F3',
          'Government performance reviews and changes in the operating environment',
          'Examens de performance de l’État et évolution de l’environnement de travail',
          { Yes: { value: 0.6, approximate: true } },
        ],
        [
          'F4',
          'International trade liberalisation and booming trade volumes',
          'Libéralisation du commerce international et essor des volumes échangés',
          { Yes: 0.55 },
        ],
        [
          'F5',
          'Relationship between opportunities for fraud and the rise of criminal tendencies',
          'Lien entre les possibilités de fraude et la montée des tendances criminelles',
          { Yes: 0.55 },
        ],
        ['F6', 'Structural adjustment programmes and downsizing of government', 'Programmes d’ajustement structurel et réduction des effectifs de l’État'],
      ],
      1,
    ),
    section(
      'S2',
      'Administrative policy elements relied on to ensure integrity',
      'Éléments de politique administrative sur lesquels repose l’intégrité',
      YN,
      [
        ['A1', 'Guidance to staff through instruction manuals', 'Orientation du personnel au moyen de manuels d’instructions', { Yes: 0.69 }],
        ['A2', 'Effective system of internal control', 'Système efficace de contrôle interne', { Yes: 0.6 }],
        ['A3', 'Modern and transparent Customs legislation', 'Législation douanière moderne et transparente', { Yes: 0.56 }],
        ['A4', 'Transparent and fair recruitment and selection of personnel', 'Recrutement et sélection du personnel transparents et équitables', { Yes: 0.5 }],
        ['A5', 'Public service conditions conducive to ethical behaviour', 'Conditions d’emploi dans la fonction publique propices à un comportement éthique'],
        ['A6', 'Sanctions and a published table of discipline', 'Sanctions et barème disciplinaire publié'],
        ['A7', 'Disciplinary Review Board', 'Conseil de discipline'],
      ],
      2,
    ),
    section(
      'S3',
      'Trade and tariff policy measures taken or to be taken',
      'Mesures de politique commerciale et tarifaire prises ou à prendre',
      TIN,
      [
        ['T1', 'Elimination of non-tariff restrictions', 'Élimination des restrictions non tarifaires', { Taken: 0.5, Intended: 0.17 }],
        ['T2', 'Effective penalty system', 'Système de sanctions efficace', { Taken: 0.47 }],
        ['T3', 'Rationalised and simplified import tariff structure', 'Structure tarifaire à l’importation rationalisée et simplifiée', { Taken: 0.44 }],
        ['T4', 'Reduction of the levels of rates', 'Réduction du niveau des taux', { Taken: 0.44 }],
        ['T5', 'Minimisation of the number of rates', 'Réduction au minimum du nombre de taux', { Taken: 0.42 }],
        ['T6', 'Minimisation of exemptions and exceptions', 'Réduction au minimum des exonérations et des exceptions', { Taken: 0.42, Intended: 0.3 }],
        ['T7', 'Independent appeal mechanism', 'Mécanisme de recours indépendant', { Taken: 0.36, Intended: 0.22 }],
      ],
      3,
    ),
    section(
      'S4',
      'Guidance available to officials',
      'Orientations à la disposition des fonctionnaires',
      CPB,
      [
        ['G1', 'Code of Conduct', 'Code de conduite', { 'Customs-specific': 0.39, 'Public-service-wide': 0.44 }],
        ['G2', 'Code of Practice', 'Code de pratique', { 'Customs-specific': 0.3, 'Public-service-wide': 0.3 }],
        ['G3', 'Code of Ethics', 'Code de déontologie', { 'Customs-specific': 0.11, 'Public-service-wide': 0.36 }],
        ['G4', 'Statement of behavioural standards', 'Énoncé des normes de comportement', { 'Customs-specific': 0.33 }],
        ['G5', 'Service charter', 'Charte des services', { 'Customs-specific': 0.3 }],
        ['G6', 'Statement of values', 'Énoncé des valeurs', { 'Customs-specific': 0.25 }],
      ],
      4,
    ),
    section(
      'S5',
      'How ethical values and standards of conduct are communicated',
      'Communication des valeurs éthiques et des normes de conduite',
      YN,
      [
        ['C1', 'Training (at induction)', 'Formation (à l’entrée en fonction)', { Yes: 0.86 }],
        ['C2', 'On-going programme of education and training', 'Programme permanent d’éducation et de formation', { Yes: 0.69 }],
        ['C3', 'Integrity integrated into mainstream management processes', 'Intégrité intégrée aux processus courants de gestion', { Yes: 0.65 }],
        ['C4', 'Ad-hoc integrity awareness programmes', 'Programmes ponctuels de sensibilisation à l’intégrité', { Yes: 0.38 }],
        ['C5', 'Periodic newsletter', 'Bulletin d’information périodique'],
        ['C6', 'Annual integrity refresher training', 'Formation annuelle de remise à niveau sur l’intégrité', { Yes: 0.28 }],
        ['C7', 'Permanent Ethics Committee', 'Comité d’éthique permanent', { Yes: 0.24 }],
      ],
      5,
    ),
    section(
      'S6',
      'Measures most likely to reduce opportunities for corruption',
      'Mesures les plus susceptibles de réduire les possibilités de corruption',
      YN,
      [
        ['M1', 'Information technology for processing documents', 'Technologies de l’information pour le traitement des documents', { Yes: 0.8 }],
        ['M2', 'System to ensure consistent interpretation of the law', 'Système garantissant une interprétation cohérente de la loi', { Yes: 0.66 }],
        ['M3', 'Information technology to detect illicit transactions', 'Technologies de l’information pour détecter les opérations illicites', { Yes: 0.56 }],
        ['M4', '"One step" declaration process', 'Procédure de déclaration « en une étape »', { Yes: 0.5 }],
        ['M5', 'Limitation of the discretion of officials', 'Limitation du pouvoir discrétionnaire des fonctionnaires', { Yes: 0.48 }],
        ['M6', 'Rotation of officials', 'Rotation des fonctionnaires'],
      ],
      6,
    ),
    section(
      'S7',
      'Elements to be considered for inclusion in the Arusha Declaration',
      'Éléments à envisager pour inclusion dans la Déclaration d’Arusha',
      YN,
      [
        ['E1', 'Strong, visible political commitment', 'Engagement politique fort et visible', { Yes: 0.89 }],
        ['E2', 'Effective legal framework for investigation and prosecution', 'Cadre juridique efficace pour les enquêtes et les poursuites', { Yes: 0.83 }],
        ['E3', 'Public information and transparency', 'Information du public et transparence', { Yes: 0.75 }],
        [
          'E4',
          'Information to traders on Customs formalities and requirements',
          'Information des opérateurs sur les formalités et exigences douanières',
          { Yes: 0.69 },
        ],
        ['E5', 'Active independent media', 'Médias indépendants actifs', { Yes: 0.53 }],
        ['E6', 'Independent ethics co-ordination body', 'Organe indépendant de coordination en matière d’éthique', { Yes: 0.36 }],
      ],
      7,
    ),
    section('S8', 'Evaluation mechanisms', 'Mécanismes d’évaluation', YN, [
      [
        'V1',
        'A regular methodology to evaluate the effectiveness of integrity measures is in place',
        'Une méthode régulière d’évaluation de l’efficacité des mesures d’intégrité est en place',
      ],
      ['V2', 'Periodic assessment as part of government routine', 'Évaluation périodique dans le cadre des procédures courantes de l’État'],
      ['V3', 'Decentralised assessment through audit or performance management', 'Évaluation décentralisée par l’audit ou la gestion de la performance'],
      ['V4', 'Independent external audit', 'Audit externe indépendant'],
      [
        'V5',
        'Analysis of complaints, convictions, breaches and disciplinary cases',
        'Analyse des plaintes, condamnations, manquements et affaires disciplinaires',
      ],
      ['V9', 'Best practice to share', 'Bonne pratique à partager', undefined, TEXT],
    ]),
    section('S9', 'Arusha Declaration key factors, self-assessment', 'Facteurs clés de la Déclaration d’Arusha, auto-évaluation', PPN, [
      [
        'AR1',
        'Clear and precise legislation, moderate tariffs, few rates, few exemptions',
        'Législation claire et précise, droits modérés, peu de taux, peu d’exonérations',
      ],
      ['AR2', 'Simple, consistent, accessible procedures with appeal', 'Procédures simples, cohérentes et accessibles, avec droit de recours'],
      ['AR3', 'Automation (including EDI)', 'Automatisation (y compris l’EDI)'],
      ['AR4', 'Segregation of functions, rotation, random allocation of examinations', 'Séparation des fonctions, rotation, attribution aléatoire des visites'],
      ['AR5', 'Line-manager responsibility', 'Responsabilité de l’encadrement'],
      ['AR6', 'Internal and external audit, internal affairs unit', 'Audit interne et externe, service des affaires internes'],
      ['AR7', 'Loyalty, pride, esprit de corps', 'Loyauté, fierté, esprit de corps'],
      ['AR8', 'Objective recruitment and advancement', 'Recrutement et avancement objectifs'],
      ['AR9', 'Code of conduct with disciplinary measures', 'Code de conduite assorti de mesures disciplinaires'],
      ['AR10', 'Professional training, including ethics', 'Formation professionnelle, y compris en éthique'],
      ['AR11', 'Adequate remuneration', 'Rémunération adéquate'],
      ['AR12', 'Open relationship with brokers and business', 'Relations transparentes avec les commissionnaires et les entreprises'],
    ]),
  ],
};
