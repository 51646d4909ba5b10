// @ts-check

/**
 * The task pane's Content Security Policy, in a <meta> of taskpane.html: scripts and workers only from the
 * add-in's own origin and, when office.js comes from Microsoft's CDN, from there; every other fetch, image,
 * font or frame only from the add-in's own origin. The pane reads and writes workbooks in the browser and
 * sends nothing anywhere; this makes the browser hold it to that.
 * @param {string | undefined} officeJsOrigin the CDN's origin, or undefined when office.js is served with the add-in
 */
function contentSecurityPolicy(officeJsOrigin) {
  const scripts = ["'self'", officeJsOrigin].filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    // Fluent UI's styles are rules the page inserts at run time, and React sets style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

module.exports = { contentSecurityPolicy };
