/**
 * The SCORM packages' imsmanifest.xml, checked against the IMS content packaging and ADL rules that
 * can be checked without the schemas: well-formed, the version's namespaces and schema version,
 * unique identifiers that are valid xsd:IDs, every reference resolving, every file listed exactly
 * once and nothing listed that is not there, and the mastery score where each version keeps it.
 * The second part builds the real packages and checks their zips the same way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listScenarioFiles } from '../../../tools/vite-plugin-ink.ts';
import { ROOT } from '../../support/stories.ts';
import { buildLmsPackages, LAUNCH_MARKS, type LmsBuild } from '../../../tools/lms/build.ts';
import { writeCourseStructure } from '../../../tools/lms/cmi5.ts';
import { problemsOf, writeManifest, type ManifestSpec } from '../../../tools/lms/manifest.ts';

/** Every scenario in stories/, by id (the file name), in the order the build lists them. */
const SHIPPED_IDS = listScenarioFiles(resolve(ROOT, 'stories')).map((file) => (file.split('/').pop() ?? '').replace(/\.ink$/, ''));

const CP = { '1.2': 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', '2004': 'http://www.imsglobal.org/xsd/imscp_v1p1' } as const;
const ADLCP = { '1.2': 'http://www.adlnet.org/xsd/adlcp_rootv1p2', '2004': 'http://www.adlnet.org/xsd/adlcp_v1p3' } as const;
const IMSSS = 'http://www.imsglobal.org/xsd/imsss';
/** xsd:ID is an NCName: a letter or underscore first, then letters, digits, `.`, `-`, `_`. */
const NCNAME = /^[A-Za-z_][\w.-]*$/;

function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return doc;
}

const all = (node: Document | Element, ns: string, name: string) => Array.from(node.getElementsByTagNameNS(ns, name));

/** Every rule this test knows, applied to a manifest and the files of its package. */
function expectValid(xml: string, version: '1.2' | '2004', packageFiles: readonly string[]): Document {
  const doc = parse(xml);
  const root = doc.documentElement as Element;
  expect(root.localName).toBe('manifest');
  expect(root.namespaceURI).toBe(CP[version]);
  expect(all(doc, CP[version], 'schemaversion')[0]?.textContent).toBe(version === '1.2' ? '1.2' : '2004 4th Edition');

  const identified = Array.from(doc.getElementsByTagName('*')).filter((el) => el.hasAttribute('identifier'));
  const ids = identified.map((el) => el.getAttribute('identifier') ?? '');
  expect(new Set(ids).size, 'identifiers are unique').toBe(ids.length);
  for (const id of ids) expect(id).toMatch(NCNAME);

  const organizations = all(doc, CP[version], 'organizations')[0] as Element;
  const orgIds = all(organizations, CP[version], 'organization').map((el) => el.getAttribute('identifier'));
  expect(orgIds).toContain(organizations.getAttribute('default'));

  const resources = all(doc, CP[version], 'resource');
  const resourceIds = resources.map((el) => el.getAttribute('identifier'));
  for (const item of all(doc, CP[version], 'item')) expect(resourceIds).toContain(item.getAttribute('identifierref'));
  for (const dependency of all(doc, CP[version], 'dependency')) expect(resourceIds).toContain(dependency.getAttribute('identifierref'));

  const typeAttribute = version === '1.2' ? 'scormtype' : 'scormType';
  const listed: string[] = [];
  for (const resource of resources) {
    const scormType = resource.getAttributeNS(ADLCP[version], typeAttribute);
    expect(['sco', 'asset']).toContain(scormType);
    expect(resource.getAttribute('type')).toBe('webcontent');
    const files = all(resource, CP[version], 'file').map((file) => file.getAttribute('href') ?? '');
    if (scormType === 'sco') expect(files).toContain(resource.getAttribute('href'));
    listed.push(...files);
  }
  expect(new Set(listed).size, 'each file is listed once').toBe(listed.length);
  expect([...listed].sort()).toEqual(packageFiles.filter((file) => file !== 'imsmanifest.xml').sort());
  return doc;
}

const SPEC: ManifestSpec = {
  version: '1.2',
  title: 'Manage & Lead <test>',
  release: '1.2.3',
  scos: [
    { id: 'forecast', title: 'The "forecast"', href: 'forecast.html' },
    { id: 'new-hire', title: 'The new hire', href: 'new-hire.html' },
  ],
  files: ['forecast.html', 'new-hire.html', 'assets/game-abc.js', 'assets/a b&c.svg'],
  passingPercent: 70,
};

describe('the manifest writer', () => {
  it('writes a valid SCORM 1.2 manifest, with the mastery score on each SCO', () => {
    const doc = expectValid(writeManifest(SPEC), '1.2', SPEC.files);
    const mastery = all(doc, ADLCP['1.2'], 'masteryscore').map((el) => el.textContent);
    expect(mastery).toEqual(['70', '70']);
    expect(all(doc, CP['1.2'], 'title').map((el) => el.textContent)).toEqual(['Manage & Lead <test>', 'The "forecast"', 'The new hire']);
  });

  it('writes a valid SCORM 2004 4th edition manifest, passing by the primary objective\'s measure', () => {
    const doc = expectValid(writeManifest({ ...SPEC, version: '2004' }), '2004', SPEC.files);
    const objectives = all(doc, IMSSS, 'primaryObjective');
    expect(objectives).toHaveLength(2);
    for (const objective of objectives) {
      expect(objective.getAttribute('satisfiedByMeasure')).toBe('true');
      expect(all(objective, IMSSS, 'minNormalizedMeasure')[0]?.textContent).toBe('0.70');
    }
    expect(all(doc, IMSSS, 'controlMode')[0]?.getAttribute('choice')).toBe('true');
  });

  it('writes no mastery score for "completed only"', () => {
    const completedOnly: ManifestSpec = { ...SPEC, passingPercent: undefined };
    expect(all(expectValid(writeManifest(completedOnly), '1.2', SPEC.files), ADLCP['1.2'], 'masteryscore')).toEqual([]);
    expect(all(expectValid(writeManifest({ ...completedOnly, version: '2004' }), '2004', SPEC.files), IMSSS, 'primaryObjective')).toEqual([]);
  });

  it('refuses what would make a broken package, saying what is wrong', () => {
    expect(problemsOf({ ...SPEC, scos: [] })).toEqual(['a package needs at least one scenario']);
    expect(problemsOf({ ...SPEC, scos: [...SPEC.scos, SPEC.scos[0] as never] })).toEqual(['scenario ids appear twice: forecast']);
    expect(problemsOf({ ...SPEC, files: ['new-hire.html', '../x', '/abs'] })).toEqual([
      'forecast.html, the page of "forecast", is not among the package\'s files',
      '"../x" is not a path inside the package',
      '"/abs" is not a path inside the package',
    ]);
    expect(problemsOf({ ...SPEC, passingPercent: 120 })).toEqual(['a passing fit of 120 % is not between 0 and 100']);
    expect(() => writeManifest({ ...SPEC, scos: [{ id: 'Bad Id', title: 'x', href: 'forecast.html' }] })).toThrow('imsmanifest.xml: "Bad Id" is not a scenario id');
  });
});

const CMI5 = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/** cmi5.xml as cmi5 section 13 describes it; returns the AUs' ids, urls and rules. */
function readCourseStructure(xml: string) {
  const doc = parse(xml);
  expect(doc.documentElement?.localName).toBe('courseStructure');
  expect(doc.documentElement?.namespaceURI).toBe(CMI5);
  const course = all(doc, CMI5, 'course')[0] as Element;
  expect(course.getAttribute('id')).toMatch(/^[a-z][a-z0-9+.-]*:\S+$/);
  for (const part of ['title', 'description']) expect(all(course, CMI5, part)[0]?.textContent?.trim()).not.toBe('');
  const aus = all(doc, CMI5, 'au').map((au) => ({
    id: au.getAttribute('id') ?? '',
    url: all(au, CMI5, 'url')[0]?.textContent?.trim() ?? '',
    title: all(au, CMI5, 'title')[0]?.textContent?.trim() ?? '',
    description: all(au, CMI5, 'description')[0]?.textContent?.trim() ?? '',
    moveOn: au.getAttribute('moveOn'),
    masteryScore: au.getAttribute('masteryScore'),
  }));
  expect(new Set(aus.map((au) => au.id)).size).toBe(aus.length);
  for (const au of aus) {
    expect(au.title).not.toBe('');
    expect(au.description).not.toBe('');
  }
  return aus;
}

describe('the cmi5 course structure writer', () => {
  it('writes one AU per scenario, passing by masteryScore, or completion only', () => {
    const spec = { title: 'T & co', description: 'D', iriRoot: 'https://courses.example/mol', aus: [{ id: 'forecast', title: 'The forecast', description: 'A <b> rep' }], launchPage: 'index.html' };
    expect(readCourseStructure(writeCourseStructure({ ...spec, passingPercent: 72.5 }))).toEqual([
      { id: 'https://courses.example/mol/au/forecast', url: 'index.html?story=forecast', title: 'The forecast', description: 'A <b> rep', moveOn: 'Passed', masteryScore: '0.725' },
    ]);
    expect(readCourseStructure(writeCourseStructure(spec))[0]).toMatchObject({ moveOn: 'Completed', masteryScore: null });
  });
});

describe('npm run build:lms', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'mol-lms-'));
  let built: LmsBuild;
  beforeAll(async () => {
    built = await buildLmsPackages({ root: ROOT, outDir, passingPercent: 65, logLevel: 'silent' });
  }, 180_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  for (const version of ['1.2', '2004'] as const) {
    it(`writes a SCORM ${version} zip whose manifest lists exactly its files, with a marked launch page per scenario`, () => {
      const entries = unzipSync(readFileSync(built.packages[version]));
      const names = Object.keys(entries);
      const manifest = new TextDecoder().decode(entries['imsmanifest.xml']);
      expectValid(manifest, version, names);
      expect(built.scenarios.map((sco) => sco.id)).toEqual(SHIPPED_IDS);
      for (const sco of built.scenarios) {
        const page = new TextDecoder().decode(entries[sco.href]);
        expect(page).toContain(`data-lms="${LAUNCH_MARKS[version]}" data-story="${sco.id}"`);
        // Relative paths only: the LMS unpacks the package wherever it likes.
        expect(page).not.toMatch(/(src|href)="\//);
      }
      expect(manifest).toContain(version === '1.2' ? '<adlcp:masteryscore>65</adlcp:masteryscore>' : '<imsss:minNormalizedMeasure>0.65</imsss:minNormalizedMeasure>');
      expect(names).not.toContain('index.html');
    });
  }

  it('writes a cmi5 course package: cmi5.xml at the root, an AU per scenario launching the game it holds', () => {
    const entries = unzipSync(readFileSync(built.cmi5));
    const aus = readCourseStructure(new TextDecoder().decode(entries['cmi5.xml']));
    expect(aus.map((au) => au.url)).toEqual(built.scenarios.map((sco) => `index.html?story=${sco.id}`));
    expect(aus.every((au) => au.moveOn === 'Passed' && au.masteryScore === '0.65')).toBe(true);
    const page = new TextDecoder().decode(entries['index.html']);
    const referenced = [...page.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(referenced.length).toBeGreaterThan(0);
    for (const file of referenced) expect(Object.keys(entries), file).toContain(file);
  });
});
