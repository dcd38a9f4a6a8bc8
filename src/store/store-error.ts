/** A store failure with a one-line message that names the input and the reason. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/**
 * Removes the password from a connection string so that error messages can quote it.
 * @example redactUrl('postgres://u:secret@h/db') === 'postgres://u:***@h/db'
 */
export function redactUrl(spec: string): string {
  return spec.replace(/^(\w+:\/\/[^:/@]*):[^@/]*@/, '$1:***@');
}
