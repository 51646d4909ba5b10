import type { Member } from '../members/types';
import type { MemberCell } from '../read/model';
import type { IndicatorCell } from './model';
import type { Indicator } from './types';

/** The registry's Member a row names, when it names one. */
export function memberOf(cell: MemberCell | undefined): Member | undefined {
  return cell?.kind === 'named' && cell.parsed.kind === 'found' ? cell.parsed.member : undefined;
}

/** The catalogue's indicator a row names, when it names one. */
export function indicatorOf(cell: IndicatorCell | undefined): Indicator | undefined {
  return cell?.kind === 'named' && cell.parsed.kind === 'found' ? cell.parsed.indicator : undefined;
}
