import { readFileSync } from 'node:fs';
import { splitRunOn } from './src/features/minutes-import/text/run-on.ts';
console.log(splitRunOn(readFileSync(process.argv[2], 'utf8')));
