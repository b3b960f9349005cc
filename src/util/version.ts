import { readFileSync } from 'node:fs';

interface PackageInfo {
  name: string;
  version: string;
}

let cached: PackageInfo | undefined;

function packageInfo(): PackageInfo {
  cached ??= JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as PackageInfo;
  return cached;
}

/** The package version, read from package.json beside `src/` and `dist/`. */
export function toolVersion(): string {
  return packageInfo().version;
}

/** The npm package name (`vo` on npm is another project; the command is still `vo`). */
export function packageName(): string {
  return packageInfo().name;
}
