/**
 * Hostile values in all three formats: a `|` or a line break cannot break a
 * Markdown table, `<script>` never becomes markup in HTML, `{{` is never
 * template code, a `javascript:` link is no link, and the PDF shows the
 * values as the register holds them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runVo, tempDir, tempRegister } from '../helpers/run-cli.js';
import { readPdf } from './pdf-text.js';

const TITLE = 'Kwaad | pipe\nnieuwe regel <script>alert(1)</script> {{7*7}} {{{raw}}} *ster* [klik](javascript:alert(2))';
const SHOWN = 'Kwaad | pipe nieuwe regel <script>alert(1)</script> {{7*7}} {{{raw}}} *ster* [klik](javascript:alert(2))';

const REGISTER = {
  'vo.config.yaml': `organisation: "Gemeente <b>Boos</b> | {{org}}"
departments:
  - id: ict
    name: "ICT <script>alert('afdeling')</script> | team"
`,
  'agreements/kwaad.yaml': `id: kwaad
title: ${JSON.stringify(TITLE)}
department: ict
process_owner:
  name: "Eigenaar <img src=x onerror=alert(3)>"
processor:
  name: "Verwerker | B.V. {{#each x}}"
phase: active
dates: { signed: "2024-01-01", start: "2024-01-01" }
risk: { impact: high, likelihood: high }
breach_notice_hours: 24
clauses: { instructions: a, confidentiality: b, security: c, subprocessors: d, data_subject_rights: e, assistance: f, deletion_return: g, audits: h }
obligations:
  - id: o1
    title: "Plicht | met\\r\\nregels <iframe src=x>"
    party: processor
    frequency: monthly
    owner: "# kop"
documents:
  - title: "Klik <b>hier</b>"
    ref: "javascript:alert(4)"
notes: "- geen lijst\\n<script>alert(5)</script>"
`,
  'evaluations/e1.yaml': `id: e1
agreement: kwaad
date: "2025-01-01"
type: periodic
outcome: non-compliant
summary: "Samenvatting | <script>alert(6)</script>\\nregel"
findings:
  - id: f1
    description: "Bevinding | {{lookup}} <iframe>"
    severity: high
    owner: "\`code\` eigenaar"
    due: "2025-06-01"
    status: open
`,
};

/** PDF text wraps where the page ends a line; compare without white space. */
const squeeze = (s: string) => s.replace(/\s+/g, '');
const unescapedPipes = (line: string) => (line.match(/(?<!\\)\|/g) ?? []).length;

describe('hostile values', () => {
  const root = tempRegister(REGISTER);
  const out = tempDir('vo-report-hostile-');
  const run = (args: string[]) => runVo(['-C', root, 'report', '--as-of', '2026-10-01', ...args], { cwd: out });
  const outputs: Record<string, string> = {};
  beforeAll(async () => {
    for (const template of ['management', 'department', 'agreement']) {
      const selection = ['--department', 'ict', '--agreement', 'kwaad'];
      for (const format of ['md', 'html', 'pdf']) {
        const result = await run(['--template', template, ...selection, '-o', `${template}.${format}`]);
        expect(result.code, result.stderr).toBe(0);
      }
      outputs[template] = readFileSync(join(out, `${template}.md`), 'utf8');
    }
  });

  it('Markdown: every table row keeps its columns', () => {
    for (const [template, md] of Object.entries(outputs)) {
      const lines = md.split('\n');
      let columns = 0;
      lines.forEach((line, i) => {
        if (!line.startsWith('|')) return (columns = 0);
        if (columns === 0) columns = unescapedPipes(line);
        expect(unescapedPipes(line), `${template} line ${i + 1}: ${line}`).toBe(columns);
      });
      expect(md).toContain('Kwaad \\| pipe nieuwe regel \\<script\\>alert(1)\\</script\\> \\{\\{7\\*7\\}\\}');
      expect(md).not.toMatch(/(?<!\\)<(script|img|iframe)/);
      expect(md).not.toContain('49');
      expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    }
  });

  it('HTML: no value becomes markup, a script or a link', () => {
    for (const template of Object.keys(outputs)) {
      const html = readFileSync(join(out, `${template}.html`), 'utf8');
      expect(html).not.toMatch(/<(script|img|iframe|b)[\s>]/i);
      expect(html).not.toMatch(/href="(?!https?:|mailto:)/);
      expect(html).toContain('Kwaad | pipe nieuwe regel &lt;script&gt;alert(1)&lt;/script&gt; {{7*7}} {{{raw}}} *ster* [klik](javascript:alert(2))');
      expect(html).toContain('Gemeente &lt;b&gt;Boos&lt;/b&gt; | {{org}}');
    }
    const management = readFileSync(join(out, 'management.html'), 'utf8');
    expect(management).toMatch(/<td align="left">Kwaad \| pipe nieuwe regel &lt;script&gt;alert\(1\)&lt;\/script&gt;[^<]*<\/td>/);
    // The department's name in the SVG chart is text, not markup.
    expect(management).toMatch(/<text [^>]*>ICT &lt;script&gt;alert\(&#39;afdeling&#39;\)/);
    const dossier = readFileSync(join(out, 'agreement.html'), 'utf8');
    expect(dossier).toContain('<li>Klik &lt;b&gt;hier&lt;/b&gt;</li>');
    expect(dossier).toContain('- geen lijst<br>&lt;script&gt;alert(5)&lt;/script&gt;');
  });

  it('PDF: valid, and shows the values as written', async () => {
    for (const template of Object.keys(outputs)) {
      const pdf = await readPdf(readFileSync(join(out, `${template}.pdf`)));
      expect(squeeze(pdf.text)).toContain(squeeze(SHOWN));
      expect(pdf.text).toContain('Gemeente <b>Boos</b> | {{org}}');
    }
    const dossier = await readPdf(readFileSync(join(out, 'agreement.pdf')));
    expect(dossier.text).toContain('Eigenaar <img src=x onerror=alert(3)>');
    expect(squeeze(dossier.text)).toContain(squeeze('- geen lijst <script>alert(5)</script>'));
  });
});
