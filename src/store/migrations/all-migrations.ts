/** Every migration, in the order it applies. Add new ones at the end; never edit an applied one. */
import type { Migration } from './migration.js';
import * as m0001 from './0001-initial.js';

export const MIGRATIONS: readonly Migration[] = [m0001];
