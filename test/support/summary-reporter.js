'use strict';
/**
 * Ends a jest run with the plain closing line CI reads: "jest: N passed, N failed, N skipped"
 * (the word before the colon is the reporter option `label`, e.g. "e2e").
 */
class SummaryReporter {
  constructor(_globalConfig, options = {}) {
    this.label = options.label ?? 'jest';
  }

  onRunComplete(_contexts, results) {
    const { numPassedTests: passed, numFailedTests: failed, numPendingTests: skipped, numTodoTests: todo } = results;
    process.stdout.write(`${this.label}: ${passed} passed, ${failed} failed, ${skipped + todo} skipped\n`);
  }
}
module.exports = SummaryReporter;
