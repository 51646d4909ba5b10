import type { Scale } from './types';

export const YN: Scale = {
  id: 'YN',
  choices: [
    { name: 'Yes', label: { en: 'Yes', fr: 'Oui' }, aliases: ['y', 'o', '1', 'true', 'vrai', 'x'] },
    { name: 'No', label: { en: 'No', fr: 'Non' }, aliases: ['n', '0', 'false', 'faux'] },
  ],
  reported: [{ answer: 'Yes', counts: ['Yes'] }],
  booleans: { true: 'Yes', false: 'No' },
};

export const TIN: Scale = {
  id: 'TIN',
  choices: [
    { name: 'Taken', label: { en: 'Taken', fr: 'Pris' }, aliases: ['prise'] },
    { name: 'Intended', label: { en: 'Intended', fr: 'Prévu' }, aliases: ['prevue'] },
    { name: 'Not planned', label: { en: 'Not planned', fr: 'Non prévu' }, aliases: ['non prevue'] },
  ],
  reported: [
    { answer: 'Taken', counts: ['Taken'] },
    { answer: 'Intended', counts: ['Intended'] },
  ],
};

export const CPB: Scale = {
  id: 'CPB',
  choices: [
    { name: 'Customs-specific', label: { en: 'Customs-specific', fr: 'Propre à la douane' } },
    { name: 'Public-service-wide', label: { en: 'Public-service-wide', fr: 'Fonction publique' } },
    { name: 'Both', label: { en: 'Both', fr: 'Les deux' } },
    { name: 'None', label: { en: 'None', fr: 'Aucun' }, aliases: ['aucune'] },
  ],
  reported: [
    { answer: 'Customs-specific', counts: ['Customs-specific', 'Both'] },
    { answer: 'Public-service-wide', counts: ['Public-service-wide', 'Both'] },
  ],
};

export const PPN: Scale = {
  id: 'PPN',
  choices: [
    { name: 'In place', label: { en: 'In place', fr: 'En place' } },
    { name: 'Partly', label: { en: 'Partly', fr: 'Partiel' }, aliases: ['partiellement', 'partial'] },
    { name: 'Not in place', label: { en: 'Not in place', fr: 'Absent' }, aliases: ['pas en place'] },
  ],
  reported: [
    { answer: 'In place', counts: ['In place'] },
    { answer: 'Partly', counts: ['Partly'] },
  ],
  scores: { 'In place': 2, Partly: 1, 'Not in place': 0 },
};

export const TEXT: Scale = { id: 'TEXT', choices: [], reported: [] };

export const SCALES_1998 = [YN, TIN, CPB, PPN, TEXT] as const;
