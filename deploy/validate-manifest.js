#!/usr/bin/env node
// @ts-check
// `npm run validate [folder]`: a build's manifest.xml (dist/ by default) against Office's schema, read as
// Office reads it, and held to the rules Office's validator enforces that the schema cannot state. Offline.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { OfficeAddinManifest } = require('office-addin-manifest');
const { manifestProblems, RULE_COUNT } = require('./manifest-rules');

const SCHEMA = path.join(__dirname, 'schemas', 'OfficeAppManifestV1_1.xsd');

/** @param {string} folder */
async function validate(folder) {
  const file = path.join(folder, 'manifest.xml');
  if (!fs.existsSync(file)) return stop(`${file} is missing: build first (npm run build -- --env url=https://…).`);
  const schema = schemaProblems(file);
  if (schema.length > 0) return stop(...schema);
  const manifest = await OfficeAddinManifest.readManifestFile(file);
  const source = manifest.defaultSettings?.sourceLocation;
  if (!source) return stop(`${file} names no task pane (DefaultSettings/SourceLocation).`);
  const base = new URL('.', source).href;
  const read = (/** @type {string} */ under) => {
    const target = path.resolve(folder, under);
    return target.startsWith(path.resolve(folder) + path.sep) && fs.existsSync(target) && fs.statSync(target).isFile() ? fs.readFileSync(target) : undefined;
  };
  const problems = manifestProblems(fs.readFileSync(file, 'utf8'), { base, read });
  if (problems.length > 0) return stop(...problems.map((problem) => `${file}: ${problem}`));
  console.log(
    `${file} is valid (Office's schema and ${RULE_COUNT} rules): "${manifest.displayName}" ${manifest.version}, ` + `id ${manifest.id}, task pane ${source}.`,
  );
}

/** @param {string} file */
function schemaProblems(file) {
  const result = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (/** @type {NodeJS.ErrnoException | undefined} */ (result.error)?.code === 'ENOENT') {
    return ['xmllint is not installed, so the schema cannot be checked: apt-get install -y libxml2-utils'];
  }
  if (result.status === 0) return [];
  return result.stderr.split('\n').filter((line) => line.trim() !== '' && !/fails to validate$/.test(line));
}

/** @param {string[]} problems */
function stop(...problems) {
  problems.forEach((problem) => console.error(problem));
  process.exitCode = 1;
}

validate(process.argv[2] ?? 'dist').catch((error) => stop(`The manifest could not be read: ${error.message}`));
