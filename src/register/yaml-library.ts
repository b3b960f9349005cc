import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');

const require = createRequire(import.meta.url);
let loaded: Yaml | undefined;

/**
 * eemeli/yaml, loaded the first time a file needs it. Most register files are
 * read by the fast reader (fast-yaml.ts), so a register without unusual or
 * broken files never loads the library: about 50 ms of every run's start
 * (docs/performance.md). The same module instance as `import 'yaml'` (its
 * Node entry is CommonJS), so its node checks (`isMap`, …) work across both.
 */
export function yamlLibrary(): Yaml {
  loaded ??= require('yaml') as Yaml;
  return loaded;
}
