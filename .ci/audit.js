#!/usr/bin/env node
// `npm audit --omit=dev --audit-level=high`, telling a finding from an advisory service that cannot be
// reached: a high or critical advisory on a runtime dependency fails the run; a registry (or proxy)
// that refuses the audit request is said in the log and does not, since it says nothing about the code.
'use strict';
const { spawnSync } = require('child_process');

const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit: unreadable output (exit ${run.status})\n${run.stdout}${run.stderr}`);
  process.exit(1);
}

if (report.metadata?.vulnerabilities) {
  const { high = 0, critical = 0, total = 0 } = report.metadata.vulnerabilities;
  console.log(`npm audit: ${total} advisories on runtime dependencies, ${high} high, ${critical} critical.`);
  if (high + critical > 0) {
    spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high'], { stdio: 'inherit' });
    process.exit(1);
  }
  process.exit(0);
}

if (report.statusCode || report.error) {
  console.log(`npm audit: NOT RUN, the advisory service refused the request (${report.message ?? report.error.summary}).`);
  process.exit(0);
}

console.error(`npm audit: unexpected report\n${run.stdout}`);
process.exit(1);
