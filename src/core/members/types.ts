import type { Localized } from '../i18n/language';

export type RegionCode = 'AM' | 'ESA' | 'EUR' | 'AP' | 'MENA' | 'WCA';

/** As the Member list is written: code, English name, French name, WCO region. */
export type MemberRecord = readonly [code: string, en: string, fr: string, region: RegionCode];

export interface Member {
  readonly code: string;
  readonly name: Localized;
  readonly region: RegionCode;
}
