/**
 * A pull-request comment pings nobody: an owner written as `@security-team` or a name holding
 * `@org/team` shows as written in Markdown output (`vo check --format markdown`, the Markdown
 * views, `vo diff --format markdown`, the Markdown report), but with a zero-width space after
 * the `@`, so GitHub's and GitLab's mention filters (which read the rendered text) see no
 * `@name`. An e-mail address is no mention and stays exactly as written.
 */
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { AGREEMENT } from '../register/active-agreement.js';
import { MINIMAL_CONFIG, runVo, tempRegister } from '../helpers/run-cli.js';
import { gitRepo } from '../git/git-repo.js';
import { mentionsAsWritten, withoutMentions } from '../../src/util/no-mentions.js';

const AS_OF = '2026-10-01';

/** An active agreement whose sub-processor (US, no transfer mechanism: a finding naming it) and obligation owner would mention a team. */
const agreement = AGREEMENT.replace('  name: J. Jansen\n', '  name: J. Jansen\n  email: j.jansen@gemeente.example\n')
  .replace('  - name: Hosting Ltd\n    service: hosting\n    country: GB\n', '  - name: Wolk (@org/team)\n    service: hosting\n    country: US\n')
  .concat('obligations:\n  - id: rapportage\n    title: Kwartaalrapportage\n    party: processor\n    frequency: quarterly\n    owner: "@security-team"\n');

/** The text a reader sees once GitHub-flavoured Markdown is rendered: tags dropped, entities decoded. */
function renderedText(markdown: string): string {
  const html = marked.parse(markdown, { gfm: true, async: false });
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_all, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** What a mention filter matches: an `@` right before a name, not inside a word (an e-mail address). */
const MENTION = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.-]/u;

function expectNoMention(markdown: string, shown: readonly string[]): void {
  const text = renderedText(markdown);
  expect(text).not.toMatch(MENTION);
  // The reader still sees every name with its @: only an invisible zero-width space is in between.
  const visible = text.replace(/\u200b/g, '');
  for (const name of shown) expect(visible).toContain(name);
}

describe('withoutMentions', () => {
  it.each([
    ['@security-team', '@&#8203;security-team'],
    ['team @org/privacy en (@fg)', 'team @&#8203;org/privacy en (@&#8203;fg)'],
    ['p.de.vries@gemeente.example', 'p.de.vries@gemeente.example'],
    ['\\@x', '\\@&#8203;x'],
  ])('%s → %s, and the HTML and PDF reports get the text back as written', (text, safe) => {
    expect(withoutMentions(text)).toBe(safe);
    expect(mentionsAsWritten(withoutMentions(text))).toBe(text);
  });
});

describe('Markdown output mentions nobody', () => {
  const root = tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG, 'agreements/zaaksysteem.yaml': agreement });

  it('vo check --format markdown: a sub-processor named (@org/team) shows, and pings nobody; --format github stays plain text', async () => {
    const result = await runVo(['-C', root, 'check', '--format', 'markdown', '--as-of', AS_OF]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Wolk (@&#8203;org/team)');
    expectNoMention(result.stdout, ['Wolk (@org/team)']);
    // Annotations are plain text, not Markdown: an entity there would show as `&#8203;`.
    const github = await runVo(['-C', root, 'check', '--format', 'github', '--as-of', AS_OF]);
    expect(github.stdout).toContain('Wolk (@org/team)');
    expect(github.stdout).not.toContain('&#8203;');
  });

  it('vo report --format md: the obligation owner @security-team pings nobody, the e-mail address stays as written', async () => {
    const result = await runVo(['-C', root, 'report', '--template', 'agreement', '--agreement', 'zaaksysteem', '--format', 'md', '--as-of', AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('@&#8203;security-team');
    expect(result.stdout).toContain('j.jansen@gemeente.example');
    expect(result.stdout).not.toContain('j.jansen@&#8203;');
    expectNoMention(result.stdout, ['@security-team', 'Wolk (@org/team)', 'j.jansen@gemeente.example']);
  });

  it('the HTML report shows a plain @ (no \\u200B, no entity): it is no comment', async () => {
    const result = await runVo(['-C', root, 'report', '--template', 'agreement', '--agreement', 'zaaksysteem', '--format', 'html', '--as-of', AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('@security-team');
    expect(result.stdout).not.toMatch(/\\u200B|&#8203;|\u200b/);
  });

  it('vo obligations --format markdown (the Markdown tables of the views share the escaping)', async () => {
    const obligations = await runVo(['-C', root, 'obligations', '--format', 'markdown', '--as-of', AS_OF]);
    expect(obligations.stdout).toContain('@&#8203;security-team');
    expectNoMention(obligations.stdout, ['@security-team']);
  });

  it('vo diff --format markdown: an added sub-processor named @org/team pings nobody', async () => {
    const repo = gitRepo();
    repo.write('vo.config.yaml', MINIMAL_CONFIG);
    repo.write('agreements/zaaksysteem.yaml', AGREEMENT);
    repo.commit('Register', '2026-01-20');
    repo.write('agreements/zaaksysteem.yaml', agreement);
    const result = await runVo(['-C', repo.dir, 'diff', 'HEAD', '--format', 'markdown', '--as-of', AS_OF]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('@&#8203;org/team');
    expectNoMention(result.stdout, ['Wolk (@org/team)']);
  });
});
