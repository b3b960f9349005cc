/**
 * A minimal Language Server Protocol client over stdio, enough to drive the
 * real yaml-language-server the way VS Code's YAML extension does: JSON-RPC
 * messages framed by Content-Length headers, requests with ids, and answers
 * to the server's own `workspace/configuration` requests from given settings.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

interface Message {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

export interface Diagnostic {
  message: string;
  severity: number;
  range: { start: { line: number; character: number } };
}

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (message: Message) => void>();
  private readonly listeners: ((message: Message) => void)[] = [];

  /** `sections` answers `workspace/configuration` by section name (`yaml`, `http`, …). */
  constructor(repoRoot: string, private readonly sections: Record<string, unknown>) {
    const server = join(repoRoot, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
    this.child = spawn(process.execPath, [server, '--stdio'], { cwd: repoRoot, stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.resume();
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    const answer = new Promise<Message>((resolve) => this.pending.set(id, resolve));
    this.send({ id, method, params });
    return answer.then((message) => message.result);
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The first `publishDiagnostics` for `uri` whose diagnostics satisfy `accept`. */
  diagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    return new Promise((resolve) => {
      this.listeners.push((message) => {
        const params = message.params as { uri: string; diagnostics: Diagnostic[] } | undefined;
        if (message.method === 'textDocument/publishDiagnostics' && params?.uri === uri && accept(params.diagnostics)) {
          resolve(params.diagnostics);
        }
      });
    });
  }

  /** Ask politely, then make sure: the child never outlives the test. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      await Promise.race([this.request('shutdown', null), delay(2000)]);
      this.notify('exit', null);
    } catch {
      // the pipe may be closed already
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 2000);
    await exited;
    clearTimeout(timer);
  }

  private send(message: Message): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server: settings by section, and a plain acknowledgement for the rest.
      const result =
        message.method === 'workspace/configuration'
          ? (message.params as { items: { section?: string }[] }).items.map((item) => this.sections[item.section ?? ''] ?? null)
          : null;
      this.send({ id: message.id, result });
      return;
    }
    if (typeof message.id === 'number' && this.pending.has(message.id)) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
      return;
    }
    for (const listener of this.listeners) listener(message);
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
