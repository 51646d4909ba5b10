// @ts-check
const { DOMParser } = require('@xmldom/xmldom');

/*
 * What Office's own validator refuses and the XSD cannot say: an add-in manifest read as Office reads it,
 * against the files a build put beside it. Each rule returns the problems it finds, as sentences.
 */

const APP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';

/** Office's limits on the manifest's texts, and on a resource id. */
const LIMITS = { DisplayName: 125, Description: 250, ShortString: 125, LongString: 250, resid: 32 };
/** The sizes Office accepts for the add-in's own two icons (the ribbon's declare theirs). */
const ICON_SIZES = { IconUrl: [32, 64], HighResolutionIconUrl: [64, 128] };
const TRANSLATION = /^fr(-|$)/i;

/**
 * @typedef {object} BuiltFiles
 * @property {string} base the https address the add-in is served from, ending with "/"
 * @property {(path: string) => Buffer | undefined} read a file of the build by its path under `base`
 */

/**
 * Every problem Office would find with the manifest `xml` of an add-in built into `files`.
 * @param {string} xml
 * @param {BuiltFiles} files
 * @returns {string[]}
 */
function manifestProblems(xml, files) {
  /** @type {string[]} */
  const unreadable = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && unreadable.push(message)) });
  /** @type {Document} */
  let manifest;
  try {
    manifest = /** @type {Document} */ (/** @type {unknown} */ (doc.parseFromString(xml, 'application/xml')));
  } catch (error) {
    return [`The manifest is not well-formed XML: ${/** @type {Error} */ (error).message}`];
  }
  if (unreadable.length > 0) return unreadable.map((message) => `The manifest is not well-formed XML: ${message}`);
  return [...new Set(RULES.flatMap((rule) => rule(manifest, files)))];
}

/** @typedef {(doc: Document, files: BuiltFiles) => string[]} Rule */

/** @type {Rule} */
function identity(doc) {
  const id = textOf(doc, APP, 'Id');
  const version = textOf(doc, APP, 'Version');
  return [
    ...(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? [] : [`Id "${id}" is not a GUID.`]),
    ...(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(version) ? [] : [`Version "${version}" is not four numbers (1.0.0.0).`]),
  ];
}

/** @type {Rule} */
function httpsEverywhere(doc) {
  return addresses(doc)
    .filter((url) => !url.startsWith('https://'))
    .map((url) => `${url} is not https: Office loads nothing else.`);
}

/** @type {Rule} */
function ownFilesPresent(doc, files) {
  return [...new Set(addresses(doc))]
    .filter((url) => url.startsWith(files.base))
    .filter((url) => files.read(pathUnder(files.base, url)) === undefined)
    .map((url) => `${url} points at ${pathUnder(files.base, url)}, which the build does not have.`);
}

/** @type {Rule} */
function taskPaneServed(doc, files) {
  const source = elements(doc, APP, 'SourceLocation').flatMap(values);
  return source.filter((url) => !url.startsWith(files.base)).map((url) => `The task pane ${url} is not served from the add-in's address ${files.base}.`);
}

/** @type {Rule} */
function iconSizes(doc, files) {
  const own = Object.entries(ICON_SIZES).flatMap(([name, sizes]) =>
    elements(doc, APP, name)
      .flatMap(values)
      .map((url) => ({ url, sizes, element: name })),
  );
  const images = new Map(
    elements(doc, BT, 'Image')
      .filter((el) => el.hasAttribute('id'))
      .map((el) => [el.getAttribute('id'), el]),
  );
  const ribbon = elements(doc, BT, 'Image')
    .filter((use) => use.hasAttribute('resid'))
    .flatMap((use) => {
      const image = images.get(use.getAttribute('resid'));
      const size = Number(use.getAttribute('size'));
      return image ? values(image).map((url) => ({ url, sizes: [size], element: `${use.getAttribute('resid')} (size ${size})` })) : [];
    });
  return [...own, ...ribbon].flatMap(({ url, sizes, element }) => {
    if (!url.startsWith(files.base)) return [];
    const bytes = files.read(pathUnder(files.base, url));
    if (bytes === undefined) return [];
    const size = pngSize(bytes);
    if (size === undefined) return [`${element}: ${url} is not a PNG.`];
    if (size.width !== size.height || !sizes.includes(size.width)) {
      return [`${element}: ${url} is ${size.width}×${size.height} pixels; Office wants ${sizes.map((s) => `${s}×${s}`).join(' or ')}.`];
    }
    return [];
  });
}

/** @type {Rule} */
function resourcesResolved(doc) {
  const kinds = ['Image', 'Url', 'String'];
  const defined = kinds.flatMap((kind) =>
    elements(doc, BT, kind)
      .filter((el) => el.hasAttribute('id'))
      .map((el) => el.getAttribute('id') ?? ''),
  );
  const used = allElements(doc)
    .filter((el) => el.hasAttribute('resid'))
    .map((el) => el.getAttribute('resid') ?? '');
  return [
    ...[...new Set(used)].filter((resid) => !defined.includes(resid)).map((resid) => `resid "${resid}" names no resource.`),
    ...defined.filter((id, i) => defined.indexOf(id) !== i).map((id) => `Resource id "${id}" is defined twice.`),
    ...defined.filter((id) => id.length > LIMITS.resid).map((id) => `Resource id "${id}" is longer than ${LIMITS.resid} characters.`),
  ];
}

/** @type {Rule} */
function textsWithinLimits(doc) {
  return localizedTexts(doc).flatMap(({ name, el, limit }) =>
    values(el)
      .filter((value) => value.length > limit)
      .map((value) => `${name} is ${value.length} characters, over Office's ${limit}: "${value.slice(0, 40)}…"`),
  );
}

/** @type {Rule} */
function translatedIntoFrench(doc) {
  return localizedTexts(doc)
    .filter(({ el }) => !overrides(el).some((o) => TRANSLATION.test(o.getAttribute('Locale') ?? '')))
    .map(({ name }) => `${name} has no French (fr-FR) override.`);
}

/** @type {Rule[]} */
const RULES = [identity, httpsEverywhere, taskPaneServed, ownFilesPresent, iconSizes, resourcesResolved, textsWithinLimits, translatedIntoFrench];

/** Every text users read, each with Office's limit on it: the name, the description, the ribbon's strings. @param {Document} doc */
function localizedTexts(doc) {
  return [
    ...localized(doc, 'DisplayName', LIMITS.DisplayName),
    ...localized(doc, 'Description', LIMITS.Description),
    ...stringsIn(doc, 'ShortStrings', LIMITS.ShortString),
    ...stringsIn(doc, 'LongStrings', LIMITS.LongString),
  ];
}

/** @param {Document} doc @param {string} name @param {number} limit */
function localized(doc, name, limit) {
  return elements(doc, APP, name).map((el) => ({ name, el, limit }));
}

/**
 * @param {Document} doc
 * @param {string} group ShortStrings or LongStrings
 * @param {number} limit
 */
function stringsIn(doc, group, limit) {
  return elements(doc, BT, group)
    .flatMap((el) => Array.from(el.getElementsByTagNameNS(BT, 'String')))
    .map((el) => ({ name: `String "${el.getAttribute('id')}"`, el, limit }));
}

/** Every address the manifest holds, in attributes or as text. @param {Document} doc */
function addresses(doc) {
  return allElements(doc)
    .flatMap((el) => [
      ...Array.from(el.attributes)
        .filter((attr) => attr.namespaceURI !== 'http://www.w3.org/2000/xmlns/')
        .map((attr) => attr.value),
      ...(el.childNodes.length === 1 && el.firstChild?.nodeType === 3 ? [el.textContent ?? ''] : []),
    ])
    .map((value) => value.trim())
    .filter((value) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value));
}

/** A setting's DefaultValue and each locale's Override. @param {Element} el */
function values(el) {
  return [el.getAttribute('DefaultValue') ?? '', ...overrides(el).map((o) => o.getAttribute('Value') ?? '')];
}

/** @param {Element} el */
function overrides(el) {
  return Array.from(el.childNodes)
    .filter((node) => node.nodeType === 1 && /** @type {Element} */ (node).localName === 'Override')
    .map((node) => /** @type {Element} */ (node));
}

/** @param {Document} doc @param {string} ns @param {string} name */
function elements(doc, ns, name) {
  return Array.from(doc.getElementsByTagNameNS(ns, name));
}

/** @param {Document} doc */
function allElements(doc) {
  return Array.from(doc.getElementsByTagName('*'));
}

/** @param {Document} doc @param {string} ns @param {string} name */
function textOf(doc, ns, name) {
  return (elements(doc, ns, name)[0]?.textContent ?? '').trim();
}

/** The file's path under the add-in's address, as it sits in dist/. @param {string} base @param {string} url */
function pathUnder(base, url) {
  return decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length));
}

/** @param {Buffer} bytes */
function pngSize(bytes) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

module.exports = { manifestProblems, LIMITS, RULE_COUNT: RULES.length };
