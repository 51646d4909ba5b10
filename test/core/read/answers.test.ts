import { parseAnswer } from '../../../src/core/read/answers';
import { CPB, PPN, TEXT, TIN, YN } from '../../../src/core/questionnaire/scales';
import type { Scale } from '../../../src/core/questionnaire/types';
import { cell, type Plain } from '../../support/snapshot';

const answer = (scale: Scale, value: Plain) => parseAnswer(scale, cell(value)!);
const choice = (name: string) => ({ kind: 'choice', choice: name });

describe('reading an answer', () => {
  it.each<[Plain, string]>([
    ['Yes', 'Yes'],
    ['yes', 'Yes'],
    ['  YES ', 'Yes'],
    ['Oui', 'Yes'],
    ['oui', 'Yes'],
    ['Y', 'Yes'],
    ['O', 'Yes'],
    ['x', 'Yes'],
    ['X', 'Yes'],
    [1, 'Yes'],
    ['1', 'Yes'],
    [true, 'Yes'],
    ['TRUE', 'Yes'],
    ['Vrai', 'Yes'],
    ['No', 'No'],
    ['NON', 'No'],
    ['n', 'No'],
    [0, 'No'],
    [false, 'No'],
    ['faux', 'No'],
  ])('YN: %p is %s', (value, name) => {
    expect(answer(YN, value)).toEqual(choice(name));
  });

  it.each<[Scale, Plain, string]>([
    [TIN, 'Taken', 'Taken'],
    [TIN, 'pris', 'Taken'],
    [TIN, 'Prévu', 'Intended'],
    [TIN, 'prevu', 'Intended'],
    [TIN, 'NOT PLANNED', 'Not planned'],
    [TIN, 'Non prévu', 'Not planned'],
    [CPB, 'Customs-specific', 'Customs-specific'],
    [CPB, 'customs specific', 'Customs-specific'],
    [CPB, 'Propre à la douane', 'Customs-specific'],
    [CPB, 'Public-service-wide', 'Public-service-wide'],
    [CPB, 'fonction publique', 'Public-service-wide'],
    [CPB, 'Both', 'Both'],
    [CPB, 'Les deux', 'Both'],
    [CPB, 'None', 'None'],
    [CPB, 'aucun', 'None'],
    [PPN, 'In place', 'In place'],
    [PPN, 'En place', 'In place'],
    [PPN, 'partly', 'Partly'],
    [PPN, 'Partiel', 'Partly'],
    [PPN, 'Not in place', 'Not in place'],
    [PPN, 'absent', 'Not in place'],
  ])('%s: %p is %s', (scale, value, name) => {
    expect(answer(scale, value)).toEqual(choice(name));
  });

  it.each<[Scale, Plain]>([
    [YN, 'Maybe'],
    [YN, 2],
    [YN, { date: 36000 }],
    [TIN, 'Yes'],
    [TIN, true],
    [CPB, 'Customs'],
    [PPN, 1],
  ])('%s: %p is not an answer of the scale', (scale, value) => {
    expect(answer(scale, value)).toEqual({ kind: 'invalid' });
  });

  it('keeps an Excel error as an error, whatever the scale', () => {
    expect(answer(YN, { error: '#N/A' })).toEqual({ kind: 'error', error: '#N/A' });
    expect(answer(TEXT, { error: '#REF!' })).toEqual({ kind: 'error', error: '#REF!' });
  });

  it('takes free text as written, trimmed', () => {
    expect(answer(TEXT, '  Rotation of staff every 3 years ')).toEqual({ kind: 'text', text: 'Rotation of staff every 3 years' });
    expect(answer(TEXT, 42)).toEqual({ kind: 'text', text: '42' });
  });
});
