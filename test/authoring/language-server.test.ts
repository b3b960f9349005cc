import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';
import { delay, LspClient, type Diagnostic } from './lsp-client.js';

/**
 * The editor promise of `vo init` (issue #6), tested against the real
 * yaml-language-server that VS Code's YAML extension runs: with the settings
 * `vo init` wrote, a typo in a key of a new agreement is reported while typing.
 * Only local schema files are used: the schema store is switched off, so the
 * server touches no network.
 */
const TIME_LIMIT_MS = 20_000;

let client: LspClient | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([promise, delay(TIME_LIMIT_MS - 3000).then(() => Promise.reject(new Error(`no ${what} in time`)))]);
}

describe('yaml-language-server with the settings vo init wrote', () => {
  it(
    'reports a mistyped key in a new agreement, and nothing in a fresh evaluation',
    async () => {
      const root = join(tempDir(), 'register');
      expect((await runVo(['init', root, '--organisation', 'Gemeente Test', '--department', 'ict:ICT'])).code).toBe(0);
      const created = await runVo(['new', 'agreement', 'acme', '--title', 'Zaaksysteem', '--department', 'ict', '--processor', 'Acme B.V.', '--owner', 'J. Jansen'], { cwd: root });
      expect(created.code).toBe(0);

      // The settings exactly as VS Code would read them from .vscode/settings.json, plus: no schema store.
      const written = JSON.parse(readFileSync(join(root, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown>;
      const yaml = {
        schemas: written['yaml.schemas'],
        validate: written['yaml.validate'],
        completion: written['yaml.completion'],
        hover: written['yaml.hover'],
        schemaStore: { enable: false },
      };
      client = new LspClient(REPO_ROOT, { yaml, http: {}, '[yaml]': {}, editor: {}, files: {} });
      const rootUri = pathToFileURL(root).href;
      await within(
        client.request('initialize', {
          processId: process.pid,
          rootUri,
          workspaceFolders: [{ uri: rootUri, name: 'register' }],
          capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } } },
        }),
        'initialize answer',
      );
      client.notify('initialized', {});
      client.notify('workspace/didChangeConfiguration', { settings: { yaml } });

      const open = (path: string, text: string, accept: (list: Diagnostic[]) => boolean) => {
        const uri = pathToFileURL(path).href;
        const published = (client as LspClient).diagnostics(uri, accept);
        (client as LspClient).notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
        return within(published, `diagnostics for ${path}`);
      };
      const withoutModeline = (path: string) => readFileSync(path, 'utf8').split('\n').slice(1).join('\n');

      // Without the modeline, so only the yaml.schemas mapping of settings.json can find the schema.
      const typo = withoutModeline(join(root, 'agreements', 'acme.yaml')).replace('process_owner:', 'proces_owner:');
      const typoPath = join(root, 'agreements', 'typo.yaml');
      const diagnostics = await open(typoPath, typo, (list) => list.length > 0);
      const messages = diagnostics.map((d) => d.message);
      expect(messages).toContain('Property proces_owner is not allowed.');
      expect(messages).toContain('Missing property "process_owner".');
      const unknown = diagnostics.find((d) => d.message.includes('proces_owner')) as Diagnostic;
      expect(unknown.range.start.line).toBe(typo.split('\n').findIndex((line) => line.startsWith('proces_owner:')));

      // The mapping reaches files in sub-folders too (evaluations/<year>/), still without the modeline.
      expect((await runVo(['new', 'evaluation', 'acme', '--as-of', '2026-10-01'], { cwd: root })).code).toBe(0);
      const evaluationPath = join(root, 'evaluations', '2026', '2026-10-01-acme.yaml');
      const nested = await open(
        join(root, 'evaluations', '2026', 'typo.yaml'),
        withoutModeline(evaluationPath).replace('outcome:', 'outcom:'),
        (list) => list.length > 0,
      );
      expect(nested.map((d) => d.message)).toContain('Property outcom is not allowed.');

      // A new evaluation as written (with its modeline) gets an empty list: the editor agrees with vo validate.
      expect(await open(evaluationPath, readFileSync(evaluationPath, 'utf8'), () => true)).toEqual([]);

      // And completion offers the agreement's keys from the schema.
      const completion = (await within(
        client.request('textDocument/completion', { textDocument: { uri: pathToFileURL(typoPath).href }, position: { line: typo.split('\n').length - 1, character: 0 } }),
        'completion',
      )) as { items: { label: string }[] };
      expect(completion.items.map((item) => item.label)).toEqual(expect.arrayContaining(['risk', 'clauses', 'obligations']));
    },
    TIME_LIMIT_MS,
  );
});
