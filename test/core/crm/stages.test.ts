import { CRM_STAGES, stageOf } from '../../../src/core/crm/stages';

describe('the CRM stages', () => {
  it('are the four of the programme, in programme order', () => {
    expect(CRM_STAGES).toEqual(['entry', 'diagnosis-and-planning', 'implementation', 'evaluation']);
  });

  it.each([
    ['Entry', 'entry'],
    ['Entrée', 'entry'],
    ['entry stage', 'entry'],
    ['Étape d’entrée', 'entry'],
    ['Diagnosis and Planning', 'diagnosis-and-planning'],
    ['diagnosis & planning', 'diagnosis-and-planning'],
    ['Diagnostic et planification', 'diagnosis-and-planning'],
    ['Diagnosis', 'diagnosis-and-planning'],
    ['IMPLEMENTATION', 'implementation'],
    ['Mise en œuvre', 'implementation'],
    ['mise en oeuvre', 'implementation'],
    ['Evaluation', 'evaluation'],
    ['Évaluation', 'evaluation'],
    ['Phase: evaluation', 'evaluation'],
  ])('reads %p as %s', (text, stage) => {
    expect(stageOf(text)).toBe(stage);
  });

  it.each(['Stage 2', 'Done', 'Planning and diagnosis phase two'])('does not read %p as a stage', (text) => {
    expect(stageOf(text)).toBeUndefined();
  });
});
