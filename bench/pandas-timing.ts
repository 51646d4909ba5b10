import { spawn, spawnSync } from 'child_process';
import { join } from 'path';
import { median } from './stats';

/** The same question answered with pandas (percent Yes per item), where Debian's pandas and openpyxl are installed. */
export type PandasTiming = { readonly ms: number; readonly runs: number; readonly python: string } | { readonly skipped: string };

/**
 * Pythons to try, first one with both modules wins: $BENCH_PYTHON, the one on PATH, then Debian's own
 * (a pyenv or venv python3 on PATH does not see Debian's python3-pandas).
 */
const CANDIDATES = [process.env.BENCH_PYTHON, 'python3', '/usr/bin/python3'].filter((p): p is string => Boolean(p));

export type PythonProbe = { readonly python: string } | { readonly missing: string };

export function findPandas(): PythonProbe {
  const python = CANDIDATES.find((candidate) => spawnSync(candidate, ['-c', 'import pandas, openpyxl']).status === 0);
  if (python) return { python };
  return { missing: 'no python3 with pandas and openpyxl (apt-get install python3-pandas python3-openpyxl)' };
}

export async function timePandas(python: string, root: string, input: string, runs: number): Promise<PandasTiming> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(await timePython(python, join(root, 'bench', 'pandas-percent.py'), input));
  return { ms: median(times), runs, python };
}

function timePython(python: string, script: string, input: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(python, [script, input], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Number(process.hrtime.bigint() - started) / 1e6);
      else reject(new Error(`pandas-percent.py exited ${code}: ${stderr.trim().split('\n').pop()}`));
    });
  });
}
