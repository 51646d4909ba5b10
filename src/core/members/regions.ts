import type { Localized } from '../i18n/language';
import type { RegionCode } from './types';

/** The six WCO regions, in the order the WCO lists them. */
export const REGIONS: Readonly<Record<RegionCode, Localized>> = {
  AM: { en: 'Americas and Caribbean', fr: 'Amériques et Caraïbes' },
  ESA: { en: 'East and Southern Africa', fr: 'Afrique orientale et australe' },
  EUR: { en: 'Europe', fr: 'Europe' },
  AP: {
    en: 'Far East, South and South East Asia, Australasia and the Pacific',
    fr: 'Extrême-Orient, Asie du Sud et du Sud-Est, Australasie et Pacifique',
  },
  MENA: { en: 'North of Africa, Near and Middle East', fr: 'Afrique du Nord, Proche et Moyen-Orient' },
  WCA: { en: 'West and Central Africa', fr: 'Afrique occidentale et centrale' },
};

export const REGION_CODES = Object.keys(REGIONS) as RegionCode[];
