// @ts-check
const { BuildSettingError } = require('./build-setting-error');
const path = require('path');

/** Where Microsoft hosts office.js; add-ins in production load it from here. */
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The environment variable a build reads when `--env office-js=…` is not given. */
const OFFICE_JS_VARIABLE = 'WCO_SURVEY_OFFICE_JS';

/**
 * @typedef {object} OfficeJs
 * @property {string} src the task pane's script address
 * @property {string | undefined} origin the other origin scripts come from (the CDN), if any
 * @property {string | undefined} copyFrom the folder to copy into dist/office-js/, when served with the add-in
 */

/**
 * office.js from Microsoft's CDN (`cdn`, the default), or the npm package's copy served with the add-in
 * (`local`: 86 MB, for a network that cannot reach the CDN). Never both.
 * @param {Record<string, unknown>} env webpack's `--env` values
 * @param {Record<string, string | undefined>} variables the process environment
 * @returns {OfficeJs}
 */
function officeJs(env, variables) {
  const choice = typeof env['office-js'] === 'string' ? env['office-js'] : (variables[OFFICE_JS_VARIABLE] ?? 'cdn');
  if (choice === 'cdn') return { src: OFFICE_JS_CDN, origin: new URL(OFFICE_JS_CDN).origin, copyFrom: undefined };
  if (choice === 'local') {
    const copyFrom = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
    return { src: 'office-js/office.js', origin: undefined, copyFrom };
  }
  throw new BuildSettingError(`office-js=${choice}: say cdn (Microsoft's, the default) or local (a copy served with the add-in).`);
}

module.exports = { OFFICE_JS_CDN, officeJs };
