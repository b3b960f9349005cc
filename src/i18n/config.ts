import { defineMessages } from './lang.js';

interface ConfigMessages {
  notFound(start: string): string;
  noConfigIn(dir: string): string;
  unreadable(file: string, reason: string): string;
  invalid(count: number): string;
  dirIsFile(path: string, parent: string): string;
  duplicateDepartment(id: string, firstLine: number): string;
}

export const configText = defineMessages<ConfigMessages>(
  {
    notFound: (start) =>
      `geen register gevonden: geen vo.config.yaml in ${start} of een map erboven. Maak er een met \`vo init\`, of wijs er een aan met -C <map>.`,
    noConfigIn: (dir) => `geen vo.config.yaml in ${dir}. Maak een register met \`vo init ${dir}\`.`,
    unreadable: (file, reason) => `${file} kan niet gelezen worden: ${reason}`,
    invalid: (count) => `vo.config.yaml is ongeldig (${count} ${count === 1 ? 'fout' : 'fouten'}):`,
    dirIsFile: (path, parent) =>
      `-C verwacht de map van het register, maar ${path} is een bestand; bedoelde u \`-C ${parent}\`?`,
    duplicateDepartment: (id, firstLine) => `afdeling \`${id}\` staat twee keer in departments (eerder op regel ${firstLine}); elke id mag één keer voorkomen`,
  },
  {
    notFound: (start) =>
      `no register found: no vo.config.yaml in ${start} or any folder above it. Create one with \`vo init\`, or name one with -C <dir>.`,
    noConfigIn: (dir) => `no vo.config.yaml in ${dir}. Create a register with \`vo init ${dir}\`.`,
    unreadable: (file, reason) => `${file} cannot be read: ${reason}`,
    invalid: (count) => `vo.config.yaml is invalid (${count} ${count === 1 ? 'error' : 'errors'}):`,
    dirIsFile: (path, parent) => `-C takes the register folder, but ${path} is a file; did you mean \`-C ${parent}\`?`,
    duplicateDepartment: (id, firstLine) => `department \`${id}\` appears twice in departments (first on line ${firstLine}); each id may appear once`,
  },
);
