/**
 * cmi5.xml, the course structure of a cmi5 course package: one AU per scenario, each launching the
 * game's index.html with its `story`, the passing fit as the AU's masteryScore (moveOn "Passed"), or
 * no mastery score and moveOn "Completed" for completion only. The LMS merges its cmi5 launch
 * parameters into the AU's address (cmi5 section 13.1.4, url).
 */
import { xmlText } from './manifest.ts';

export interface Cmi5Au {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

export interface Cmi5Spec {
  readonly title: string;
  readonly description: string;
  /** The root of the course's and the AUs' ids (IRIs). */
  readonly iriRoot: string;
  readonly aus: readonly Cmi5Au[];
  /** The fit (0–100 %) that passes; undefined for "completed only". */
  readonly passingPercent?: number;
  /** The game's page, relative to the package root. */
  readonly launchPage: string;
}

const NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

const lang = (text: string) => `<langstring lang="en-US">${xmlText(text)}</langstring>`;

/** The AU's id: also the activity id its statements are about. */
export function auId(iriRoot: string, storyId: string): string {
  return `${iriRoot}/au/${storyId}`;
}

export function writeCourseStructure(spec: Cmi5Spec): string {
  const passing = spec.passingPercent;
  const rule = passing === undefined ? 'moveOn="Completed"' : `moveOn="Passed" masteryScore="${(passing / 100).toFixed(4).replace(/0+$/, '').replace(/\.$/, '')}"`;
  const aus = spec.aus
    .map(
      (au) => `  <au id="${xmlText(auId(spec.iriRoot, au.id))}" ${rule} launchMethod="AnyWindow">
    <title>${lang(au.title)}</title>
    <description>${lang(au.description)}</description>
    <url>${xmlText(`${spec.launchPage}?story=${encodeURIComponent(au.id)}`)}</url>
  </au>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="${NAMESPACE}">
  <course id="${xmlText(`${spec.iriRoot}/course`)}">
    <title>${lang(spec.title)}</title>
    <description>${lang(spec.description)}</description>
  </course>
${aus}
</courseStructure>
`;
}
