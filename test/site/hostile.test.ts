/**
 * Register values with HTML, script, template and link injections render as
 * text on every page of the site (issue #14): no element, attribute, script or
 * link comes from a value, and the text is there, escaped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempRegister } from '../helpers/run-cli.js';
import { buildSite, siteFiles, targets } from './helpers.js';

const SCRIPT = '<script>alert(1)</script>';
const REGISTER = {
  'vo.config.yaml': `organisation: "Gemeente <b>Boos</b> {{org}}"
departments:
  - id: ict
    name: "ICT <script>alert('afdeling')</script>"
`,
  'agreements/kwaad.yaml': `id: kwaad
title: "Kwaad ${SCRIPT} {{7*7}} {{{raw}}} \\"><img src=x onerror=alert(2)> <a href=\\"javascript:alert(3)\\">klik</a>"
department: ict
service: "\\u202Eesrever\\u202C <svg onload=alert(4)>"
process_owner:
  name: "Eigenaar <img src=x onerror=alert(5)>"
  email: "eigenaar@example.org"
processor:
  name: "Verwerker' onmouseover='alert(7)"
phase: active
dates: { signed: "2024-01-01", start: "2024-01-01" }
risk: { impact: high, likelihood: high }
breach_notice_hours: 24
clauses: { instructions: a, confidentiality: b, security: c, subprocessors: d, data_subject_rights: e, assistance: f, deletion_return: g, audits: h }
subprocessors:
  - name: "Sub <iframe src=javascript:alert(8)>"
    country: US
obligations:
  - id: o1
    title: "Plicht <style>body{display:none}</style>"
    party: processor
    frequency: monthly
    owner: "</td></tr></table><script>alert(9)</script>"
documents:
  - title: "Klik <b>hier</b>"
    ref: "javascript:alert(10)"
notes: "regel\\n<script>alert(11)</script>"
`,
  'agreements/kapot.yaml': `id: kapot
title: "Kapot ${SCRIPT}"
department: ict
process_owner:
  name: "<img src=x onerror=alert(12)>"
  email: "javascript:alert(6)"
processor:
  name: "Verwerker"
phase: active
`,
  'evaluations/e1.yaml': `id: e1
agreement: kwaad
date: "2025-01-01"
type: periodic
outcome: non-compliant
summary: "Samenvatting ${SCRIPT}"
findings:
  - id: f1
    description: "Bevinding <iframe srcdoc='x'>"
    severity: high
    owner: "<base href=//evil.example/>"
    due: "2025-06-01"
    status: open
`,
};

describe('hostile values on the site', () => {
  let site: string;
  let pages: string[];
  beforeAll(async () => {
    site = await buildSite([], tempRegister(REGISTER));
    pages = siteFiles(site).filter((f) => f.endsWith('.html'));
  });

  it('never become an element or attribute: only vo’s own tags, one script of its own, no event handlers', () => {
    for (const page of pages) {
      // The charts are vo's own SVG (their labels escaped, src/format/report/charts.ts); everything else must be free of markup from values.
      const html = readFileSync(join(site, page), 'utf8').replace(/<figure class="chart">[\s\S]*?<\/figure>/g, '');
      const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
      expect(scripts, page).toHaveLength(1);
      expect(scripts[0]).toMatch(/^<script src="(\.\.\/)*assets\/site\.js" defer>$/);
      for (const tag of ['img', 'iframe', 'svg', 'style', 'b', 'base']) expect(html, `${page}: <${tag}>`).not.toMatch(new RegExp(`<${tag}[\\s>]`, 'i'));
      expect(html, page).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, page).not.toMatch(/[\u202a-\u202e]/);
    }
  });

  it('never become a link: every href points to a file of the site', () => {
    for (const page of pages) {
      for (const { raw, path } of targets(site, page)) expect(path, `${page}: ${raw}`).toBeDefined();
      expect(readFileSync(join(site, page), 'utf8')).not.toMatch(/href="[^"]*javascript/i);
    }
  });

  it('are shown as the text they are, escaped', () => {
    const dossier = readFileSync(join(site, 'agreements/kwaad.html'), 'utf8');
    expect(dossier).toContain('Kwaad &lt;script&gt;alert(1)&lt;/script&gt; {{7*7}} {{{raw}}} &quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;');
    expect(dossier).toContain('Verwerker&#x27; onmouseover&#x3D;&#x27;alert(7)');
    expect(dossier).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(9)&lt;/script&gt;');
    expect(dossier).toContain('<code>javascript:alert(10)</code>');
    expect(dossier).toContain('regel<br>&lt;script&gt;alert(11)&lt;/script&gt;');
    expect(dossier).toContain('\\u202Eesrever\\u202C');
    const department = readFileSync(join(site, 'departments/ict.html'), 'utf8');
    expect(department).toContain('<h1>ICT &lt;script&gt;alert(&#x27;afdeling&#x27;)&lt;/script&gt;</h1>');
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('Gemeente &lt;b&gt;Boos&lt;/b&gt; {{org}}');
    const problems = readFileSync(join(site, 'problems.html'), 'utf8');
    expect(problems).toContain('agreements/kapot.yaml');
    expect(problems).toContain('javascript:alert(6)');
    expect(problems).toContain('Kapot &lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
