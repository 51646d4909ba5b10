#!/usr/bin/env node
'use strict';
// A run holds one workbook and ends: V8's default lets the heap grow to two to four times what is live
// before collecting, which for a 50,000-row round is most of a gigabyte of garbage. Growing by a tenth
// keeps the peak near what is live, for about a tenth more time (see the benchmark).
require('v8').setFlagsFromString('--heap-growing-percent=10');
const { main } = require('../build/cli/main.js');

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
