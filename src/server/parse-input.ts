/** Validation of query strings and bodies with zod, failing with a 400 that names the field. */
import type { z } from 'zod';
import { HttpError, zodMessage } from './http-error.js';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new HttpError(400, zodMessage(r.error, where));
  return r.data;
}
