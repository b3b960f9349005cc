import { cell } from '../markdown.js';

/** A GitHub-flavoured Markdown table; every value goes through the same cell escaping as `vo check --format markdown`. */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (values: readonly string[]) => `| ${values.map(cell).join(' | ')} |`;
  return [line(head), `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
