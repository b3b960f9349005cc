// The read floor: read every record file of a register once, and nothing else.
// No tool that looks at every file can be faster; `vo check` is measured against it.
//
//   node bench/read-floor.js <register>
import { readFileSync } from 'node:fs';
import { recordFiles } from './record-files.js';

const { files } = recordFiles(process.argv[2] ?? '.');
let bytes = 0;
for (const file of files) bytes += readFileSync(file).length;
process.stdout.write(`${files.length} files, ${bytes} bytes\n`);
