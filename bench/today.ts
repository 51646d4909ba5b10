import { serialOfUtc } from '../src/core/workbook/serial';

/** "Today" for check and analyse in process: fixed, so every run checks the same dates. */
export const TODAY = serialOfUtc(2026, 11, 26);
