import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { schemaText } from '../i18n/schema.js';
import { locate, type SourceFile } from '../register/parse.js';

/**
 * Each MAPGOOD component is listed at most once in `risk.components`. JSON Schema
 * cannot say "unique by property" (`uniqueItems` compares whole items), so the
 * loader checks it here and reports a `schema` finding at the second occurrence.
 */
export function duplicateComponentFindings(value: unknown, source: SourceFile, lang: Lang): Finding[] {
  const components = (value as { risk?: { components?: unknown } } | null)?.risk?.components;
  if (!Array.isArray(components)) return [];
  const first = new Map<string, number>();
  const findings: Finding[] = [];
  components.forEach((item: unknown, index) => {
    const component = (item as { component?: unknown } | null)?.component;
    if (typeof component !== 'string') return;
    const earlier = first.get(component);
    if (earlier === undefined) {
      first.set(component, index);
      return;
    }
    const firstLine = locate(source, ['risk', 'components', earlier, 'component']).line;
    findings.push({
      rule: 'schema',
      severity: 'error',
      message: schemaText(lang).duplicateComponent(component, firstLine),
      file: source.file,
      ...locate(source, ['risk', 'components', index, 'component']),
    });
  });
  return findings;
}
