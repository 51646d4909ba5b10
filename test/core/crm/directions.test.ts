import { directionOf } from '../../../src/core/crm/directions';

describe('desired directions', () => {
  it.each([
    ['higher', 'higher'],
    ['Higher is better', 'higher'],
    ['Hausse', 'higher'],
    ['plus élevé', 'higher'],
    ['lower', 'lower'],
    ['LOWER IS BETTER', 'lower'],
    ['Baisse', 'lower'],
    ['plus bas', 'lower'],
    ['fewer', 'lower'],
  ])('reads %p as %s', (text, direction) => {
    expect(directionOf(text)).toBe(direction);
  });

  it('does not guess at anything else', () => {
    expect(directionOf('sideways')).toBeUndefined();
    expect(directionOf('')).toBeUndefined();
  });
});
