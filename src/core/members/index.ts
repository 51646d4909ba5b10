import { MEMBERS_1998 } from './members-1998';
import { createRegistry } from './registry';

export { createRegistry } from './registry';
export type { MemberMatch, MemberRegistry } from './registry';
export type { Member, MemberRecord, RegionCode } from './types';
export { REGIONS, REGION_CODES } from './regions';

/** The registry of the 1998 membership, built once. */
export const REGISTRY_1998 = createRegistry(MEMBERS_1998);
