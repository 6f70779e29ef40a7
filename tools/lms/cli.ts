/** `npm run build:lms [-- --passing 70 | --completed-only] [--stories forecast,new-hire]`: see docs/lms.md. */
import { resolve } from 'node:path';
import { readCommandLine, usageError } from '../command-line.ts';
import { buildLmsPackages, CMI5_PACKAGE_NAME, PACKAGE_NAMES } from './build.ts';

const USAGE = `Usage: npm run build:lms -- [--passing PERCENT | --completed-only] [--stories ID,ID] [--iri-root IRI] [--out DIR]

Writes dist-lms/${PACKAGE_NAMES['1.2']} and dist-lms/${PACKAGE_NAMES['2004']} (one SCO per scenario)
and dist-lms/${CMI5_PACKAGE_NAME} (one cmi5 AU per scenario).
  --passing PERCENT  the fit that passes (0-100, default 70), written as each SCO's mastery score
  --completed-only   report completion only: no mastery score, no pass or fail
  --stories ID,ID    package only these scenarios (one id gives a single-SCO package)
  --iri-root IRI     the root of the cmi5 course's ids (default urn:manage-or-lead), e.g. https://your.site/courses/mol
  --out DIR          where to write (default dist-lms)`;

const ROOT = resolve(import.meta.dirname, '../..');

async function main(): Promise<number> {
  const parsed = readCommandLine(
    { passing: { type: 'string' }, 'completed-only': { type: 'boolean' }, stories: { type: 'string' }, 'iri-root': { type: 'string' }, out: { type: 'string' } },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  if (values.passing !== undefined && values['completed-only']) return usageError('--passing and --completed-only do not go together.', USAGE);
  const passing = values['completed-only'] ? undefined : Number(values.passing ?? 70);
  if (passing !== undefined && !(Number.isFinite(passing) && passing >= 0 && passing <= 100)) return usageError(`--passing needs a percentage from 0 to 100, not "${values.passing}".`, USAGE);
  const outDir = resolve(ROOT, values.out ?? 'dist-lms');
  const stories = values.stories?.split(',').map((id) => id.trim()).filter(Boolean);
  const iriRoot = values['iri-root'];
  if (iriRoot !== undefined && !/^[a-z][a-z0-9+.-]*:\S+$/i.test(iriRoot)) return usageError(`--iri-root needs an IRI (such as https://your.site/courses/mol), not "${iriRoot}".`, USAGE);
  const built = await buildLmsPackages({ root: ROOT, outDir, passingPercent: passing, ...(stories ? { stories } : {}), ...(iriRoot ? { iriRoot } : {}) });
  const rule = passing === undefined ? 'completion only' : `passing at ${passing} % fit`;
  console.log(`${built.scenarios.length} scenarios, ${rule}:`);
  for (const path of [...Object.values(built.packages), built.cmi5]) console.log(`  ${path}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
