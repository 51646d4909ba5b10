/**
 * Preloaded (`node --require`) into a measured child process: on exit, it writes the process's peak
 * resident set size, in bytes, to the file named by BENCH_MAX_RSS_FILE.
 */
import { writeFileSync } from 'fs';

export const MAX_RSS_FILE_VARIABLE = 'BENCH_MAX_RSS_FILE';

const file = process.env[MAX_RSS_FILE_VARIABLE];
if (file) {
  // resourceUsage().maxRSS is in kilobytes.
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
}
