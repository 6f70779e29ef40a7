/**
 * A real LRS on 127.0.0.1 for the browser tests: Learning Locker's xapi-statements with in-memory
 * storage, over a redis-server of its own on a free port (Debian's `redis-server`; .ci/run installs
 * it). In front of it a TCP relay the test can switch off and on, to take the LRS "offline" without
 * losing what it stored; beside it a cmi5 LMS's one-time token address.
 */
import { spawn, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from '../support/stories.ts';

/** The credentials xapi-statements' test auth accepts (any but its "missing" token). */
export const GOOD_AUTH = 'Basic bW9sOnRlc3Q=';
/** The token its test auth treats as unknown: a 401, as an LRS gives for a wrong key. */
export const BAD_AUTH = 'Basic missing_token';
const LRS_MAIN = resolve(ROOT, 'node_modules/xapi-statements/dist/index.js');

export interface StoredStatement {
  readonly id: string;
  readonly verb: { readonly id: string };
  readonly object: { readonly id: string };
  readonly result?: Record<string, unknown> & { readonly extensions?: Record<string, unknown> };
  readonly context?: { readonly registration?: string; readonly extensions?: Record<string, unknown> };
}

export interface LrsHost {
  /** The xAPI endpoint the game is given (through the relay), ending in `/`. */
  readonly endpoint: string;
  /** cmi5's fetch address: answers with a token once, then refuses, as the specification says. */
  readonly fetchUrl: string;
  /** How many times the fetch address was asked. */
  readonly fetches: number;
  /** Statements stored for a registration, straight from the LRS (not through the relay). */
  statements(registration: string): Promise<StoredStatement[]>;
  /** Refuse connections, and cut the open ones, until `online`. */
  offline(): Promise<void>;
  online(): Promise<void>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function untilListening(port: number, what: string, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const open = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        done(true);
      });
      socket.on('error', () => done(false));
    });
    if (open) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${what} did not start on port ${port}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/** A relay from `listenPort` to `targetPort` that can be switched off. */
function relay(listenPort: number, targetPort: number) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const start = () =>
    new Promise<void>((done) => {
      server = createServer((client) => {
        const upstream = connect(targetPort, '127.0.0.1');
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(listenPort, '127.0.0.1', done);
    });
  const end = () =>
    new Promise<void>((done) => {
      for (const socket of sockets) socket.destroy();
      if (!server) return done();
      server.close(() => done());
      server = undefined;
    });
  return { start, end };
}

export async function startLrsHost(): Promise<LrsHost> {
  const work = mkdtempSync(join(tmpdir(), 'mol-lrs-'));
  const [redisPort, lrsPort, relayPort] = [await freePort(), await freePort(), await freePort()];
  const redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', work], { stdio: 'ignore' });
  const redisFailed = new Promise<never>((_, fail) => redis.once('error', (error) => fail(new Error(`redis-server could not start (apt-get install -y redis-server): ${error.message}`))));
  await Promise.race([untilListening(redisPort, 'redis-server'), redisFailed]);
  const lrs = fork(LRS_MAIN, [], {
    cwd: work,
    stdio: 'ignore',
    env: {
      ...process.env,
      EXPRESS_PORT: String(lrsPort),
      REDIS_URL: `redis://127.0.0.1:${redisPort}/0`,
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      AUTH_REPO: 'test',
      WINSTON_CONSOLE_LEVEL: 'error',
      EXPRESS_MORGAN_DIRECTORY: join(work, 'access-logs'),
    },
  });
  await untilListening(lrsPort, 'xapi-statements');
  const gate = relay(relayPort, lrsPort);
  await gate.start();

  // The cmi5 LMS's side: a token for the first asker, then a refusal.
  let fetches = 0;
  const lms: HttpServer = createHttpServer((request, response) => {
    const cors = { 'Access-Control-Allow-Origin': request.headers.origin ?? '*', 'Content-Type': 'application/json' };
    if (request.method === 'OPTIONS') return response.writeHead(204, { ...cors, 'Access-Control-Allow-Methods': 'POST' }).end();
    fetches++;
    if (fetches === 1) return response.writeHead(200, cors).end(JSON.stringify({ 'auth-token': GOOD_AUTH.slice('Basic '.length) }));
    response.writeHead(401, cors).end(JSON.stringify({ 'error-code': '1', 'error-text': 'this fetch address was used already' }));
  });
  await new Promise<void>((done) => lms.listen(0, '127.0.0.1', done));
  const lmsAddress = lms.address();
  if (!lmsAddress || typeof lmsAddress === 'string') throw new Error('the cmi5 token server has no port');

  return {
    endpoint: `http://127.0.0.1:${relayPort}/xAPI/`,
    fetchUrl: `http://127.0.0.1:${lmsAddress.port}/cmi5/fetch?session=1`,
    get fetches() {
      return fetches;
    },
    async statements(registration) {
      const response = await fetch(`http://127.0.0.1:${lrsPort}/xAPI/statements?registration=${registration}&limit=500`, {
        headers: { Authorization: GOOD_AUTH, 'X-Experience-API-Version': '1.0.3' },
      });
      if (!response.ok) throw new Error(`the LRS answered ${response.status}: ${await response.text()}`);
      return ((await response.json()) as { statements: StoredStatement[] }).statements;
    },
    offline: gate.end,
    online: gate.start,
    async close() {
      await gate.end();
      await new Promise((done) => lms.close(done));
      await stop(lrs);
      await stop(redis);
      rmSync(work, { recursive: true, force: true });
    },
  };
}
