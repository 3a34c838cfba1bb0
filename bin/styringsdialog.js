#!/usr/bin/env node
// Entry point of the `styringsdialog` command. The sources are TypeScript run through tsx,
// so there is no build step between a clone and a running app.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
