// Every record file of a register, with its kind, in the order of the folders: what the floors read.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const FOLDERS = [
  ['agreement', 'agreements'],
  ['evaluation', 'evaluations'],
  ['incident', 'incidents'],
];

/** `{ files, kinds }`: the paths of every `*.yaml` under the three record folders, and the schema kind of each. */
export function recordFiles(root) {
  const files = [];
  const kinds = [];
  const walk = (dir, kind) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // a register without this folder
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, kind);
      else if (entry.name.endsWith('.yaml')) {
        files.push(path);
        kinds.push(kind);
      }
    }
  };
  for (const [kind, folder] of FOLDERS) walk(join(root, folder), kind);
  return { files, kinds };
}
