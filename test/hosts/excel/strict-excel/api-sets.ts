import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The requirement set of every member of Office.js's Excel classes, as @types/office-js documents it
 * (`[Api set: ExcelApi 1.8]` in each member's remarks): what the strict double holds the host to.
 */

/** A requirement set as the typings name it: "ExcelApi 1.8", or one no ExcelApi version has ("ExcelApiDesktop 1.1"). */
export type ApiSet = string;

/** The set needed to read a property, call a method or follow a navigation property (`get`), and to assign a property (`set`). */
export interface MemberSets {
  readonly get: ApiSet;
  readonly set: ApiSet;
}

export interface ExcelClass {
  readonly members: ReadonlyMap<string, MemberSets>;
  /** A collection's item class ("Worksheet" for WorksheetCollection), what `load('items/…')` loads. */
  readonly items?: string;
}

/**
 * Members the typings give no set: the framework's (`context`, `load`, `set`, `toJSON`, `track`, a
 * collection's `items`) and OfficeExtension.ClientObject's `isNullObject`. Every Excel has them.
 */
const FRAMEWORK: MemberSets = { get: 'ExcelApi 1.1', set: 'ExcelApi 1.1' };
const CLIENT_OBJECT_MEMBERS = ['context', 'isNullObject'];

let classes: ReadonlyMap<string, ExcelClass> | undefined;

/** The Excel class of that name; a name that is not one throws: the double's objects are Office.js classes. */
export function excelClass(name: string): ExcelClass {
  classes ??= parseExcelClasses(readFileSync(join(dirname(require.resolve('@types/office-js/package.json')), 'index.d.ts'), 'utf8'));
  const found = classes.get(name);
  if (found === undefined) throw new Error(`Excel.${name} is not an Office.js class (by @types/office-js)`);
  return found;
}

/** The version of an ExcelApi set ("1.8"), or undefined for a set no ExcelApi version includes. */
export function excelApiVersion(set: ApiSet): string | undefined {
  return /^ExcelApi (\d+\.\d+)$/.exec(set)?.[1];
}

/** Every `class X extends OfficeExtension.ClientObject` of the typings' Excel namespace, with its members' sets. */
export function parseExcelClasses(typings: string): Map<string, ExcelClass> {
  const start = typings.indexOf('\ndeclare namespace Excel {');
  const namespace = typings.slice(start, typings.indexOf('\n}', start));
  const found = new Map<string, ExcelClass>();
  const heads = /^ {4}class (\w+)(?:<[^>]*>)? extends OfficeExtension\.ClientObject \{$/gm;
  for (let head = heads.exec(namespace); head !== null; head = heads.exec(namespace)) {
    found.set(head[1], parseClass(namespace.slice(head.index, namespace.indexOf('\n    }', head.index))));
  }
  return found;
}

function parseClass(body: string): ExcelClass {
  const members = new Map<string, MemberSets>(CLIENT_OBJECT_MEMBERS.map((name) => [name, FRAMEWORK]));
  let items: string | undefined;
  let remark: string | undefined;
  for (const line of body.split('\n')) {
    // The member's own remark, not a parameter's (`@param … [Api set: …]`).
    const api = /^ {9}\* \[Api set: (.+)\]$/.exec(line);
    if (api) remark = api[1];
    const declared = /^ {8}(?:readonly )?(\w+)\??(?:<[^>]*>)?[:(]/.exec(line);
    if (declared === null) continue;
    const [, name] = declared;
    // Overloads (a method taking an enum or its strings) repeat the member; the first says its sets.
    if (!members.has(name)) members.set(name, remark === undefined ? FRAMEWORK : setsOf(remark));
    if (name === 'items') items = /: Excel\.(\w+)\[\];$/.exec(line)?.[1];
    remark = undefined;
  }
  return { members, ...(items ? { items } : {}) };
}

/**
 * "ExcelApi 1.1 for get, 1.8 for set", "… for reading visibility; 1.2 for setting it.", "… for getting the
 * name; 1.4 for setting it." split reading from assigning. Any other qualifier ("1.2 for options; 1.7 for
 * password", "1.1 for String,…; 1.7 for Array") refines the arguments: the member is there from the first.
 */
function setsOf(remark: string): MemberSets {
  const split = /^ExcelApi (\d+\.\d+) for (?:get|reading|getting)\b[^;,]*[;,] (\d+\.\d+) for (?:set|setting)\b/.exec(remark);
  if (split) return { get: `ExcelApi ${split[1]}`, set: `ExcelApi ${split[2]}` };
  const first = /^(\w+) (\d+\.\d+)/.exec(remark);
  const set = first ? `${first[1]} ${first[2]}` : remark;
  return { get: set, set };
}
