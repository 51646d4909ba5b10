#!/usr/bin/env node
'use strict';
/**
 * Builds test/fixtures/bad/: the malformed workbooks `check` and `analyze` must survive
 * (test/cli/bad-workbooks.test.ts says what each must give). Deterministic: every zip entry is
 * dated 2000-01-01, so a rebuild gives the same bytes. Run: npm run make-bad-fixtures
 * (`node scripts/make-bad-fixtures.js <folder>` writes them elsewhere, as the test that compares them does).
 */
const fs = require('fs');
const path = require('path');

const OUT = path.join(__dirname, '..', 'test', 'fixtures', 'bad');
const FIXTURES = [...require('./bad-fixtures/files'), ...require('./bad-fixtures/layout'), ...require('./bad-fixtures/values')];

/** Every fixture as [file name, description, bytes]. */
async function buildFixtures() {
  const built = [];
  for (const [name, description, build] of FIXTURES) built.push([name, description, await build()]);
  return built;
}

async function main(out) {
  const names = new Set(FIXTURES.map(([name]) => name));
  if (names.size !== FIXTURES.length) throw new Error('two fixtures share a file name');
  fs.mkdirSync(out, { recursive: true });
  for (const stale of fs.readdirSync(out).filter((file) => file.endsWith('.xlsx') && !names.has(file))) fs.rmSync(path.join(out, stale));
  let total = 0;
  for (const [name, , bytes] of await buildFixtures()) {
    fs.writeFileSync(path.join(out, name), bytes);
    total += bytes.length;
  }
  console.log(`Wrote ${FIXTURES.length} fixtures to ${path.relative(process.cwd(), out) || '.'} (${(total / 1024).toFixed(0)} KiB).`);
}

if (require.main === module) {
  main(process.argv[2] ? path.resolve(process.argv[2]) : OUT).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
