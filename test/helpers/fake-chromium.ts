import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A stand-in for Chromium, written into `dir`: it answers the DevTools protocol on the pipe that
 * cs-policy opens (fd 3 in, fd 4 out, messages ended by a NUL) as far as printing needs, and
 * prints every page as a one-line PDF, after `delay` seconds. Browser.close ends it. Each start
 * adds a line to `chromium.starts` beside it.
 */
export function fakeChromium(dir: string, delay = 0): string {
  const path = join(dir, 'chromium');
  writeFileSync(path, `#!${process.execPath}
const net = require('node:net');
require('node:fs').appendFileSync(__filename + '.starts', process.pid + '\\n');
// Sockets, not fs streams: a blocking read of fd 3 in the thread pool would keep exit from ending.
const out = new net.Socket({ fd: 4, readable: false, writable: true });
const send = (message) => out.write(JSON.stringify(message) + '\\0');
const answers = {
  'Target.createTarget': () => ({ targetId: 't' }),
  'Target.attachToTarget': () => ({ sessionId: 's' }),
  'Page.printToPDF': () => ({ data: Buffer.from('%PDF-1.4\\n').toString('base64') }),
};
let rest = '';
new net.Socket({ fd: 3, readable: true, writable: false }).setEncoding('utf8').on('data', (chunk) => {
  const parts = (rest + chunk).split('\\0');
  rest = parts.pop();
  for (const part of parts) {
    const { id, method, sessionId } = JSON.parse(part);
    setTimeout(() => {
      send({ id, result: (answers[method] ?? (() => ({})))(), ...(sessionId ? { sessionId } : {}) });
      if (method === 'Page.navigate') send({ method: 'Page.loadEventFired', sessionId, params: {} });
      if (method === 'Browser.close') setTimeout(() => process.exit(0), 10);
    }, ${delay * 1000});
  }
});
`);
  chmodSync(path, 0o755);
  return path;
}
