'use strict';
/**
 * Byte-level helpers for the malformed-workbook corpus: deterministic zips (every entry dated
 * FIXED_DATE, so a rebuild gives the same bytes), edits of one part, and small OLE files.
 */
const ExcelJS = require('exceljs');
const JSZip = require('jszip');
const CFB = require('cfb');

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** A zip of the given parts, in the given order. A value of `null` leaves the part out. */
async function zipOf(parts) {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) {
    if (content !== null) zip.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** The parts of a zip, in order, as strings (binary parts as Uint8Array). */
async function partsOf(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  const parts = {};
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    parts[file.name] = /\.(xml|rels)$/.test(file.name) ? await file.async('string') : await file.async('uint8array');
  }
  return parts;
}

/**
 * Rewrites parts of a package: `edits[name]` maps the old text to the new (null removes it);
 * names not in the package are added (their edit gets '').
 */
async function editParts(bytes, edits = {}) {
  const parts = await partsOf(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    parts[name] = typeof edit === 'function' ? edit(parts[name] ?? '') : edit;
  }
  return zipOf(parts);
}

/** An .xlsx built by ExcelJS, as a user's tool would save it; dated FIXED_DATE. */
async function excelBytes(build) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'wco-survey bad fixtures';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  await build(workbook);
  return editParts(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** An OLE compound file holding the given streams, as Excel writes .xls and encrypted .xlsx files. */
function oleFile(streams) {
  const container = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(container, `/${name}`, Buffer.from(content));
  return new Uint8Array(CFB.write(container, { type: 'buffer' }));
}

/** Deterministic bytes that look random (a linear congruential generator). */
function noise(length, seed = 7) {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    bytes[i] = state >>> 16;
  }
  return bytes;
}

module.exports = { FIXED_DATE, zipOf, partsOf, editParts, excelBytes, oleFile, noise };
