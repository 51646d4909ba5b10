// @ts-check
const { BuildSettingError } = require('./build-setting-error');
/** The development server's address: manifest.xml is written for it, and a build without an address keeps it. */
const DEV_ADDRESS = 'https://localhost:3000/';
/** The environment variable a build reads when `--env url=…` is not given. */
const ADDRESS_VARIABLE = 'WCO_SURVEY_URL';

/**
 * The https address dist/ will be served from: `--env url=…`, else WCO_SURVEY_URL, else the development
 * server's. It always ends with "/", so that the add-in's files resolve under it.
 * @param {Record<string, unknown>} env webpack's `--env` values
 * @param {Record<string, string | undefined>} variables the process environment
 * @returns {{ base: string, given: boolean }}
 */
function addinAddress(env, variables) {
  const raw = typeof env.url === 'string' ? env.url : variables[ADDRESS_VARIABLE];
  if (raw === undefined || raw.trim() === '') return { base: DEV_ADDRESS, given: false };
  const url = parsed(raw.trim());
  if (url.protocol !== 'https:') {
    throw new BuildSettingError(
      `Office loads an add-in over https only, and ${raw} is ${url.protocol.slice(0, -1)}: give the https address dist/ will be served from.`,
    );
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new BuildSettingError(
      `${raw} carries a query, a fragment or a user name: give the address of the folder dist/ is served from, e.g. https://example.org/wco-survey/.`,
    );
  }
  return { base: url.href.endsWith('/') ? url.href : `${url.href}/`, given: true };
}

/** @param {string} raw */
function parsed(raw) {
  try {
    return new URL(raw);
  } catch {
    throw new BuildSettingError(`"${raw}" is not an address: give the https address dist/ will be served from, e.g. https://example.org/wco-survey/.`);
  }
}

module.exports = { DEV_ADDRESS, ADDRESS_VARIABLE, addinAddress };
