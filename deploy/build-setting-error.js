// @ts-check

/** A build setting (address, office.js source) that cannot be built for: the build stops with its message only. */
class BuildSettingError extends Error {}

module.exports = { BuildSettingError };
