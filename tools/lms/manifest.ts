/**
 * imsmanifest.xml for a SCORM 1.2 or SCORM 2004 4th edition package: one SCO per scenario, each
 * launching its own page, all sharing the game's files as one asset resource. The passing fit, when
 * set, is written as each SCO's mastery score (1.2 `adlcp:masteryscore`, 2004 the primary objective's
 * `minNormalizedMeasure`): the LMS hands it to the content as cmi.student_data.mastery_score or
 * cmi.scaled_passing_score. Without it the LMS records completion only. docs/lms.md explains the choice.
 */
export type ManifestVersion = '1.2' | '2004';

export interface ManifestSco {
  /** The scenario's id (used in identifiers: lower-case letters, digits and dashes). */
  readonly id: string;
  readonly title: string;
  /** The page that launches it, relative to the package root. */
  readonly href: string;
}

export interface ManifestSpec {
  readonly version: ManifestVersion;
  /** The course title the LMS shows. */
  readonly title: string;
  /** The game's version, written as the manifest's version. */
  readonly release: string;
  readonly scos: readonly ManifestSco[];
  /** Every file of the package but the manifest, relative to the root with forward slashes. */
  readonly files: readonly string[];
  /** The fit (0–100 %) that passes; undefined for "completed only". */
  readonly passingPercent?: number;
}

const NAMESPACES: Readonly<Record<ManifestVersion, string>> = {
  '1.2': [
    'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
  ].join('\n          '),
  '2004': [
    'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
    'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
    'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
    'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"',
  ].join('\n          '),
};

const SCHEMA_VERSION: Readonly<Record<ManifestVersion, string>> = { '1.2': '1.2', '2004': '2004 4th Edition' };
const SHARED_FILES = 'game-files';

/** Text or an attribute value, escaped for XML. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** An xsd:ID for a scenario: letters, digits, dashes; never starting with a digit. */
function scoId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9-]/g, '-')}`;
}

export function writeManifest(spec: ManifestSpec): string {
  const problems = problemsOf(spec);
  if (problems.length > 0) throw new Error(`imsmanifest.xml: ${problems.join('; ')}`);
  const v12 = spec.version === '1.2';
  const launchPages = new Set(spec.scos.map((sco) => sco.href));
  const items = spec.scos.map((sco) => item(spec, sco)).join('\n');
  const scoResources = spec.scos
    .map(
      (sco) => `    <resource identifier="${scoId('sco', sco.id)}" type="webcontent" adlcp:${v12 ? 'scormtype' : 'scormType'}="sco" href="${xmlText(sco.href)}">
      <file href="${xmlText(sco.href)}"/>
      <dependency identifierref="${SHARED_FILES}"/>
    </resource>`,
    )
    .join('\n');
  const shared = spec.files
    .filter((file) => !launchPages.has(file))
    .map((file) => `      <file href="${xmlText(file)}"/>`)
    .join('\n');
  const organizationSequencing = v12
    ? ''
    : `
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="manage-or-lead" version="${xmlText(spec.release)}"
          ${NAMESPACES[spec.version]}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${SCHEMA_VERSION[spec.version]}</schemaversion>
  </metadata>
  <organizations default="scenarios">
    <organization identifier="scenarios">
      <title>${xmlText(spec.title)}</title>
${items}${organizationSequencing}
    </organization>
  </organizations>
  <resources>
${scoResources}
    <resource identifier="${SHARED_FILES}" type="webcontent" adlcp:${v12 ? 'scormtype' : 'scormType'}="asset">
${shared}
    </resource>
  </resources>
</manifest>
`;
}

function item(spec: ManifestSpec, sco: ManifestSco): string {
  const open = `      <item identifier="${scoId('item', sco.id)}" identifierref="${scoId('sco', sco.id)}" isvisible="true">
        <title>${xmlText(sco.title)}</title>`;
  const passing = spec.passingPercent;
  if (spec.version === '1.2') {
    const mastery = passing === undefined ? '' : `\n        <adlcp:masteryscore>${Math.round(passing)}</adlcp:masteryscore>`;
    return `${open}${mastery}\n      </item>`;
  }
  const objectives =
    passing === undefined
      ? ''
      : `
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="fit" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${(passing / 100).toFixed(2)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>`;
  return `${open}
        <imsss:sequencing>${objectives}
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>`;
}

/** What would make the manifest wrong, in words (empty when it is fine). */
export function problemsOf(spec: ManifestSpec): string[] {
  const problems: string[] = [];
  if (spec.scos.length === 0) problems.push('a package needs at least one scenario');
  const ids = spec.scos.map((sco) => sco.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) problems.push(`scenario ids appear twice: ${[...new Set(twice)].join(', ')}`);
  for (const sco of spec.scos) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(sco.id)) problems.push(`"${sco.id}" is not a scenario id (lower-case letters, digits and dashes)`);
    if (!spec.files.includes(sco.href)) problems.push(`${sco.href}, the page of "${sco.id}", is not among the package's files`);
  }
  for (const file of spec.files) {
    if (file === '' || file.startsWith('/') || file.includes('\\') || file.split('/').includes('..')) problems.push(`"${file}" is not a path inside the package`);
  }
  if (spec.files.includes('imsmanifest.xml')) problems.push('the file list must not hold the manifest itself');
  const passing = spec.passingPercent;
  if (passing !== undefined && !(Number.isFinite(passing) && passing >= 0 && passing <= 100)) problems.push(`a passing fit of ${passing} % is not between 0 and 100`);
  return problems;
}
