import type { EngineWorker } from './worker-engine';

/** A new worker running the engine, bundled by webpack as a chunk of its own. */
export function spawnEngineWorker(): EngineWorker;
