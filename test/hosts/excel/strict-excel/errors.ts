/** Errors as Office.js throws them: a `RichApi.Error` with a code (an OfficeExtension.Error). */
export function richApiError(code: string, message = code): Error {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code, debugInfo: { code, message } });
}

/** What Office.js throws when a property is read before `load` and `context.sync()`. */
export function propertyNotLoaded(kind: string, property: string): Error {
  return richApiError(
    'PropertyNotLoaded',
    `The property '${property}' of ${kind} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** What Excel answers a request using a member of a requirement set it does not have. */
export function apiNotFound(member: string, set: string): Error {
  return richApiError('ApiNotFound', `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${member}: ${set})`);
}
