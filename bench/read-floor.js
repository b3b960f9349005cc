// The read floor: read every record file of a register once, and nothing else.
// No tool that looks at every file can be faster; `vo check` is measured against it.
//
//   node bench/read-floor.js <register>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let files = 0;
let bytes = 0;
const walk = (dir) => {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.yaml')) {
      bytes += readFileSync(path).length;
      files++;
    }
  }
};
for (const folder of ['agreements', 'evaluations', 'incidents']) walk(join(process.argv[2] ?? '.', folder));
process.stdout.write(`${files} files, ${bytes} bytes\n`);
