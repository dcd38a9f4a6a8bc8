#!/usr/bin/env node
/** The `detente` command. Everything lives in cli/; this file only starts it. */
import { main } from './cli/program.js';

main(process.argv);
