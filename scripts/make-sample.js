#!/usr/bin/env node
'use strict';
/**
 * Builds samples/integrity-survey-sample.xlsx: the 43 Members who answered in 1998, answering
 * close to the report's published figures, some rows in French, two one-Member submission
 * sheets, and the mistakes real submissions carry (a misspelt Member, a copy-pasted #N/A, an
 * answer off the scale, a date nobody can read, a Member sent twice).
 * Deterministic: the same file every run. Needs `npm run build:cli` first (it uses the engine's questionnaire).
 */
const path = require('path');
const ExcelJS = require('exceljs');
const { SURVEY_1998, REGISTRY_1998, SUBMISSION_MARKER } = require('../build/core');

const OUT = path.join(__dirname, '..', 'samples', 'integrity-survey-sample.xlsx');

/** As the report thanks them; French-speaking administrations answer in French. */
const RESPONDENTS = [
  ['Albania'],
  ['Australia'],
  ['Belarus'],
  ['Belgique', 'fr'],
  ['Bulgaria'],
  ['Burkina Faso', 'fr'],
  ['Cameroun', 'fr'],
  ['Canada'],
  ['Cap-Vert', 'fr'],
  ['Colombia'],
  ['Cyprus'],
  ['Czech Republic'],
  ['France', 'fr'],
  ['Germany'],
  ['Guyana'],
  ['Hong Kong'],
  ['Hungary'],
  ['Japan'],
  ['Libya'],
  ['Lithuania'],
  ['Malaysia'],
  ['Maldives'],
  ['Malta'],
  ['Maurice', 'fr'],
  ['Mexico'],
  ['Maroc', 'fr'],
  ['Myanmar'],
  ['New Zealand'],
  ['Nigeria'],
  ['Norway'],
  ['Peru'],
  ['Poland'],
  ['Singapore'],
  ['Slovakia'],
  ['Sweden'],
  ['Swizterland', 'fr'],
  ['Thailand'],
  ['Tunisie', 'fr'],
  ['Turkey'],
  ['UK'],
  ['USA'],
];
const SHEETS = [
  ['Uzbekistan', 'en'],
  ['Zambia', 'en'],
];

/** A small fixed-seed generator (mulberry32), so the sample never changes by accident. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(1998);

/** Chooses an answer so that, over many Members, it lands near the report's figure. */
function answer(item, lang) {
  if (item.scale.id === 'TEXT') return rand() < 0.3 ? (lang === 'fr' ? 'Rotation du personnel aux frontières' : 'Rotation of border staff') : null;
  if (rand() < 0.06) return null;
  const published = item.published ?? {};
  const choices = item.scale.choices;
  const p = (name, fallback) => published[name]?.value ?? fallback;
  let name;
  switch (item.scale.id) {
    case 'YN':
      name = rand() < p('Yes', 0.5) ? 'Yes' : 'No';
      break;
    case 'TIN': {
      const r = rand();
      name = r < p('Taken', 0.4) ? 'Taken' : r < p('Taken', 0.4) + p('Intended', 0.2) ? 'Intended' : 'Not planned';
      break;
    }
    case 'CPB': {
      const customs = rand() < p('Customs-specific', 0.3);
      const publicWide = rand() < p('Public-service-wide', 0.2);
      name = customs && publicWide ? 'Both' : customs ? 'Customs-specific' : publicWide ? 'Public-service-wide' : 'None';
      break;
    }
    default:
      name = choices[Math.floor(rand() * choices.length)].name;
  }
  return choices.find((c) => c.name === name).label[lang];
}

function receivedDate(index) {
  return new Date(Date.UTC(1998, 2, 2 + Math.floor(index * 1.6 + rand() * 2)));
}

function addResponses(workbook, items) {
  const sheet = workbook.addWorksheet('Responses', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.addRow(['Member', 'Received', 'Contact', ...items.map((i) => `${i.id} ${i.label.en}`)]);
  RESPONDENTS.forEach(([name, lang = 'en'], index) => {
    const member = REGISTRY_1998.match(name);
    const contact = member.kind === 'found' ? `integrity@customs.${member.member.code.toLowerCase()}` : null;
    sheet.addRow([name, receivedDate(index), contact, ...items.map((item) => answer(item, lang))]);
  });
  sheet.addRow(['Japan', new Date(Date.UTC(1998, 4, 20)), 'resent by fax', ...items.map((item) => answer(item, 'en'))]);
  plantMistakes(sheet, items);
  sheet.getColumn(1).width = 22;
  sheet.getColumn(2).numFmt = 'yyyy-mm-dd';
  sheet.getColumn(2).width = 12;
  sheet.getColumn(3).width = 26;
}

/** The mistakes an analyst meets in real submissions, each where `check` should point. */
function plantMistakes(sheet, items) {
  const column = (id) => 4 + items.findIndex((i) => i.id === id);
  sheet.getCell(8, column('F2')).value = { error: '#N/A' };
  sheet.getCell(12, column('T3')).value = 'Maybe';
  sheet.getCell(20, 2).value = 'early March';
  sheet.getCell(25, column('G1')).value = 'Yes';
}

function addSubmissionSheet(workbook, memberName, lang, items) {
  const sheet = workbook.addWorksheet(memberName);
  sheet.addRow([SUBMISSION_MARKER[lang]]);
  sheet.addRow(['Member', lang === 'fr' ? 'Membre' : 'Member', memberName]);
  sheet.addRow(['Received', lang === 'fr' ? 'Reçu' : 'Received', new Date(Date.UTC(1998, 3, 14))]);
  for (const section of SURVEY_1998.sections) {
    sheet.addRow([section.id, section.label[lang]]).font = { bold: true };
    for (const item of section.items) sheet.addRow([item.id, item.label[lang], answer(item, lang)]);
  }
  sheet.getCell('C3').numFmt = 'yyyy-mm-dd';
  sheet.getColumn(2).width = 70;
  sheet.getColumn(3).width = 22;
}

/**
 * Members following their CRM indicators from a 1996 baseline: values moving both ways, one
 * not yet measured, and the slips a coordinator makes (a misspelt indicator, an ambiguous number).
 */
const CRM = [
  [
    'Malaysia',
    'Implementation',
    [
      ['CLEARANCE-TIME', 72, 30],
      ['REV-YIELD', 4100, 4620],
      ['COMPLAINTS', 58, 41],
      ['E-DECLARATIONS', 0.35, 0.82],
    ],
  ],
  [
    'Mauritius',
    'Evaluation',
    [
      ['CLEARANCE-TIME', 48, 12],
      ['REV-YIELD', 310, 355],
      ['DISCIPLINARY', 22, 25],
      ['E-DECLARATIONS', 0.2, 0.9],
    ],
  ],
  [
    'Tunisie',
    'Implementation',
    [
      ['CLEARANCE-TIME', 96, 60],
      ['COMPLAINTS', 40, 40],
      ['DETECTIONS', 130, 175],
    ],
  ],
  [
    'Cameroun',
    'Diagnosis and Planning',
    [
      ['CLEARANCE-TIME', 120, null],
      ['REV-YIELD', 520, 505],
      ['BREACHES', 35, 28],
    ],
  ],
  [
    'Peru',
    'Implementation',
    [
      ['CLEARANCE-TIME', 150, 48],
      ['REV-YIELD', 1700, 2600],
      ['CONVICTIONS', 9, 14],
      ['CLEARANCE', 3, 2],
    ],
  ],
  [
    'Zambia',
    'Entry',
    [
      ['REV-YIELD', 280, 301],
      ['STATS-DELAY', 90, 60],
      ['PROSECUTIONS', 15, '1,250'],
    ],
  ],
];

function addCrmIndicators(workbook) {
  const sheet = workbook.addWorksheet('CRM Indicators');
  sheet.addRow(['Member', 'Indicator', 'Stage', 'Baseline period', 'Baseline', 'Follow-up period', 'Follow-up']);
  for (const [member, stage, rows] of CRM) {
    for (const [indicator, baseline, followUp] of rows) sheet.addRow([member, indicator, stage, '1996', baseline, '1999', followUp]);
  }
  sheet.getRow(1).font = { bold: true };
  [18, 18, 24, 16, 12, 16, 12].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

/** As the 1998 report: the charts count the first 36 responses received. */
function addSettings(workbook) {
  const sheet = workbook.addWorksheet('Settings');
  sheet.addRows([
    ['Setting', 'Value'],
    ['First responses', 36],
    ['Base', 'answered'],
    ['Language', 'en'],
  ]);
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(1).width = 18;
}

async function main() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'WCO Secretariat (sample)';
  workbook.created = new Date(Date.UTC(1998, 5, 1));
  workbook.modified = workbook.created;
  const items = SURVEY_1998.sections.flatMap((s) => s.items);
  addResponses(workbook, items);
  for (const [name, lang] of SHEETS) addSubmissionSheet(workbook, name, lang, items);
  addCrmIndicators(workbook);
  addSettings(workbook);
  await workbook.xlsx.writeFile(OUT);
  console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
