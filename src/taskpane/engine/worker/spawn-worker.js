// Plain JavaScript: webpack bundles the worker from `new URL(…, import.meta.url)`, which TypeScript
// refuses under the CommonJS modules that jest needs. Only the page's entry imports this file.
export function spawnEngineWorker() {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'wco-survey-engine' });
}
