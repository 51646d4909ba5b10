import { readFileSync } from 'fs';
import { cpus, loadavg, totalmem } from 'os';

export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly platform: string;
  readonly date: string;
  /** The 1-minute load average when the bench started and ended: other work skews the times. */
  readonly load: readonly number[];
}

export function machine(loadAtStart: number): Machine {
  return {
    cores: cpus().length,
    cpu: cpuModel(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString().slice(0, 10),
    load: [loadAtStart, loadavg()[0]].map((l) => Math.round(l * 100) / 100),
  };
}

/** The CPU model as /proc/cpuinfo names it (Linux), else as Node does. */
function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) return line.split(':')[1].trim();
  } catch {
    // Not Linux: Node's own name below.
  }
  return cpus()[0]?.model ?? 'unknown';
}
