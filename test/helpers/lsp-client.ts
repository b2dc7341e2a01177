import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

type Message = { jsonrpc: '2.0'; id?: number | string; method?: string; params?: unknown; result?: unknown; error?: unknown };

/**
 * A minimal Language Server Protocol client over stdio: Content-Length framing, requests matched
 * to responses by id, and answers to the few requests a server sends its client.
 */
export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly listeners: ((message: Message) => void)[] = [];
  readonly stderr: string[] = [];

  constructor(command: string, args: string[], private readonly settings: (section: string | undefined) => unknown) {
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined && message.method === undefined) {
      const waiting = this.pending.get(Number(message.id));
      this.pending.delete(Number(message.id));
      if (message.error) waiting?.reject(new Error(JSON.stringify(message.error)));
      else waiting?.resolve(message.result);
      return;
    }
    if (message.id !== undefined && message.method !== undefined) this.answer(message);
    for (const listener of this.listeners) listener(message);
  }

  /** The server asks its client for settings and to register capabilities; a real editor answers. */
  private answer(request: Message): void {
    let result: unknown = null;
    if (request.method === 'workspace/configuration') {
      result = (request.params as { items: { section?: string }[] }).items.map((item) => this.settings(item.section));
    }
    this.write({ jsonrpc: '2.0', id: request.id, result });
  }

  private write(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** The first notification `method` whose params satisfy `accept`. */
  waitFor<T>(method: string, accept: (params: T) => boolean, timeoutMs = 20_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms; server said: ${this.stderr.join('')}`)), timeoutMs);
      const listener = (message: Message) => {
        if (message.method !== method || !accept(message.params as T)) return;
        clearTimeout(timer);
        this.listeners.splice(this.listeners.indexOf(listener), 1);
        resolve(message.params as T);
      };
      this.listeners.push(listener);
    });
  }

  async close(): Promise<void> {
    await this.request('shutdown', null).catch(() => undefined);
    this.notify('exit', null);
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const timer = setTimeout(() => { this.child.kill(); resolve(); }, 5_000);
      this.child.once('exit', () => { clearTimeout(timer); resolve(); });
    });
  }
}
