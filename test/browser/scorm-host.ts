/**
 * A small LMS for the browser tests, on 127.0.0.1: it unpacks a SCORM package the way an LMS does,
 * reads the SCO's mastery score from its imsmanifest.xml, and serves a player page that puts
 * scorm-again's real runtime (API or API_1484_11) on the parent window and the SCO's launch page in
 * an iframe. Every commit is posted back here and kept, as an LMS's database would; launching again
 * hands the kept data back to a fresh runtime, with `entry` set the way the specifications say.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { ROOT } from '../support/stories.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.webp': 'image/webp', '.png': 'image/png', '.ogg': 'audio/ogg', '.mp3': 'audio/mpeg', '.xml': 'application/xml',
};
const SCORM_AGAIN = resolve(ROOT, 'node_modules/scorm-again/dist/esm');

export type CmiData = Record<string, unknown> & {
  core?: Record<string, unknown>;
  interactions?: Record<string, Record<string, unknown>>;
  objectives?: Record<string, Record<string, unknown>>;
};

export interface ScormHost {
  /** The player page that launches `sco` (a scenario id). */
  playerUrl(sco: string): string;
  /** What the LMS holds for the SCO now (the last commit), or undefined before the first. */
  stored(): CmiData | undefined;
  /** How many commits have arrived. */
  readonly commits: number;
  /** The mastery data the manifest gives the SCO, as the runtime was loaded with it. */
  readonly launchData: Record<string, unknown>;
  close(): Promise<void>;
}

/** Unpack `zip` into `dir` and read the SCO's mastery score from the manifest. */
function unpack(zip: string, dir: string): Document {
  for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return new DOMParser().parseFromString(readFileSync(join(dir, 'imsmanifest.xml'), 'utf8'), 'text/xml') as unknown as Document;
}

function masteryOf(manifest: Document, version: '1.2' | '2004', sco: string): Record<string, unknown> {
  const item = Array.from(manifest.getElementsByTagName('item')).find((el) => el.getAttribute('identifierref') === `sco-${sco}`);
  if (version === '1.2') {
    const mastery = item?.getElementsByTagName('adlcp:masteryscore')[0]?.textContent;
    return mastery ? { student_data: { mastery_score: mastery } } : {};
  }
  const measure = item?.getElementsByTagName('imsss:minNormalizedMeasure')[0]?.textContent;
  return measure ? { scaled_passing_score: measure } : {};
}

function playerPage(version: '1.2' | '2004', sco: string): string {
  const runtime = version === '1.2' ? 'Scorm12API' : 'Scorm2004API';
  const global = version === '1.2' ? 'API' : 'API_1484_11';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style></head><body>
<iframe id="sco" title="Course"></iframe>
<script type="module">
import { ${runtime} } from '/scorm-again/scorm-again.js';
const { stored, launch } = await (await fetch('/lms/launch')).json();
const api = new ${runtime}({ lmsCommitUrl: '/lms/commit', logLevel: 5 });
const kept = stored ?? {};
const suspended = ${version === '1.2' ? "kept.core?.exit === 'suspend'" : "kept.exit === 'suspend'"};
const learner = ${version === '1.2' ? "{ core: { ...(kept.core ?? {}), student_id: 'learner-1', student_name: 'Okafor, Ada', entry: suspended ? 'resume' : 'ab-initio' } }" : "{ learner_id: 'learner-1', learner_name: 'Ada Okafor', entry: suspended ? 'resume' : 'ab-initio' }"};
api.loadFromJSON({ ...kept, ...launch, ...learner, ${version === '1.2' ? "student_data: { ...(kept.student_data ?? {}), ...(launch.student_data ?? {}) }" : ''} });
window.${global} = api;
document.getElementById('sco').src = '/pkg/${sco}.html';
</script></body></html>`;
}

export async function startScormHost(zip: string, version: '1.2' | '2004', dir: string, sco: string): Promise<ScormHost> {
  const manifest = unpack(zip, dir);
  const launchData = masteryOf(manifest, version, sco);
  let stored: CmiData | undefined;
  let commits = 0;
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(body);
    };
    if (url.pathname === '/lms/commit' && request.method === 'POST') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        stored = (JSON.parse(body) as { cmi: CmiData }).cmi;
        commits++;
        send(200, 'application/json', JSON.stringify({ result: true, errorCode: 0 }));
      });
      return;
    }
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    if (url.pathname === '/lms/launch') return send(200, 'application/json', JSON.stringify({ stored: stored ?? null, launch: launchData }));
    if (url.pathname === `/lms/${sco}`) return send(200, 'text/html', playerPage(version, sco));
    const file = url.pathname.startsWith('/scorm-again/')
      ? join(SCORM_AGAIN, url.pathname.slice('/scorm-again/'.length))
      : url.pathname.startsWith('/pkg/')
        ? join(dir, decodeURIComponent(url.pathname.slice('/pkg/'.length)))
        : undefined;
    if (!file || file.includes('..')) return send(404, 'text/plain', `not found: ${url.pathname}`);
    try {
      send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
    } catch {
      send(404, 'text/plain', 'not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the test LMS has no port');
  const base = `http://127.0.0.1:${address.port}`;
  return {
    playerUrl: (id) => `${base}/lms/${id}`,
    stored: () => stored,
    get commits() {
      return commits;
    },
    launchData,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
