// @ts-check
const { DEV_ADDRESS } = require('./address');

/**
 * manifest.xml for an add-in served at `base`: every URL of the add-in's own (task pane, icons) moves from
 * the development server to `base`; Microsoft's and the WCO's addresses stay as they are.
 * @param {string} xml the manifest as written, for the development server
 * @param {string} base an https address ending with "/"
 */
function manifestForAddress(xml, base) {
  return xml.split(DEV_ADDRESS).join(escapeXml(base));
}

/** @param {string} text */
function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

module.exports = { manifestForAddress };
