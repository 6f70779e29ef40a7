/**
 * The Content-Security-Policy of the built game's pages, written into each page as a
 * `<meta http-equiv="Content-Security-Policy">` (tools/vite-plugin-csp.ts; docs/reliability.md says
 * what each build allows and why). Pure string work, so the LMS build and the Node tests use it too.
 *
 * A meta policy applies only to what comes after it in the page, so it goes straight after
 * `<meta charset>`, before any script or style. The page's own inline scripts and styles (the single
 * file has all of them inline) are allowed by their SHA-256 hashes, never by 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';

/**
 * Which build a page belongs to: each reaches for different things (docs/reliability.md). `hosted`:
 * `npm run build`, and the SCORM launch pages; `single`: `npm run build:single`; `xapi`: the page an
 * xAPI or cmi5 launch opens, `npm run build:lms`'s site/index.html and cmi5 package.
 */
export type PageKind = 'hosted' | 'single' | 'xapi';

/**
 * Where an xAPI or cmi5 launch may send statements: the LRS's address comes in the launch URL, so it
 * is not known when the page is built, and a meta policy cannot be widened once the page has loaded.
 * Any https origin, and an LRS on the same computer for trying a launch out (docs/lms.md).
 */
export const LRS_SOURCES = ['https:', 'http://localhost:*', 'http://127.0.0.1:*'] as const;

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The text of every inline `<script>` (no src) and `<style>` element in `html`. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((match) => match[1] ?? '');
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1] ?? '');
  return { scripts: scripts.filter((text) => text.length > 0), styles };
}

export interface PolicyInputs {
  readonly kind: PageKind;
  /** Inline script texts to allow by hash. */
  readonly scripts?: readonly string[];
  /** Inline style texts to allow by hash: the page's own, and `<style>` elements the game adds later (the story map's). */
  readonly styles?: readonly string[];
}

const unique = (items: readonly string[]) => [...new Set(items)];

/** The policy's text: `directive sources; directive sources…`. */
export function policyFor(inputs: PolicyInputs): string {
  const single = inputs.kind === 'single';
  const hashes = (texts: readonly string[] | undefined) => unique((texts ?? []).map(sha256Source));
  const directives: [string, readonly string[]][] = [
    // Anything not named below is refused.
    ['default-src', ["'none'"]],
    ['script-src', ["'self'", ...hashes(inputs.scripts)]],
    ['style-src', ["'self'", ...hashes(inputs.styles)]],
    // data: — Phaser makes its default textures from data URLs, and the favicon is one; the single
    // file's pictures are data URLs. blob: — Phaser's loader turns each picture it fetches into an
    // object URL, and the story map's PNG export draws the SVG through one.
    ['img-src', ["'self'", 'data:', 'blob:']],
    // The single file's sounds are data URLs, which Howler decodes itself or plays through <audio>.
    ['media-src', ["'self'", 'data:', 'blob:']],
    // The hosted game fetches its pictures, sounds and stories from its own origin. SCORM talks to the
    // LMS through the frame's JavaScript API, not the network; xAPI/cmi5 launches reach the LRS.
    ['connect-src', single ? ["'self'", 'data:', 'blob:'] : inputs.kind === 'xapi' ? ["'self'", ...LRS_SOURCES] : ["'self'"]],
    // The own-story checker's worker: a file of the game's own, or, in the single file, made from
    // inside the page (Vite's inline worker: a blob URL, or a data URL where blobs fail).
    ['worker-src', single ? ['blob:', 'data:'] : ["'self'"]],
    ['font-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * The page's own policy: the meta straight after `<meta charset>`, the first in the page. Only there:
 * the game's scripts hold page text of their own (the report's), meta and all, which must be left alone.
 */
const CHARSET = /<meta\s+charset=[^>]*>/i;
const POLICY_META = /\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/iy;

/** Where the page's own policy meta is (or would go): just after the first `<meta charset>`. */
function policySlot(html: string): { at: number; meta: string } {
  const charset = CHARSET.exec(html);
  if (!charset) throw new Error('the page has no <meta charset> to put its Content-Security-Policy after');
  const at = charset.index + charset[0].length;
  POLICY_META.lastIndex = at;
  return { at, meta: POLICY_META.exec(html)?.[0] ?? '' };
}

const withoutPolicy = (html: string) => {
  const { at, meta } = policySlot(html);
  return html.slice(0, at) + html.slice(at + meta.length);
};

/** `html` with its policy meta set to `policy`, straight after `<meta charset>` (replacing one already there). */
export function withPolicy(html: string, policy: string): string {
  const page = withoutPolicy(html);
  const { at } = policySlot(page);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  return `${page.slice(0, at)}\n    ${meta}${page.slice(at)}`;
}

/** The policy the page's meta holds, or undefined. */
export function policyOf(html: string): string | undefined {
  const { meta } = policySlot(html);
  return meta ? /content="([^"]*)"/.exec(meta)?.[1]?.replace(/&quot;/g, '"') : undefined;
}

/** Inline blocks the game makes while it runs, which its policy must allow as well as the page's own. */
export interface RuntimeBlocks {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

/** `html` with a policy for a page of `kind`, allowing its own inline blocks and the `runtime` ones. */
export function securePage(html: string, kind: PageKind, runtime: RuntimeBlocks): string {
  const { scripts, styles } = inlineBlocks(withoutPolicy(html));
  return withPolicy(html, policyFor({ kind, scripts: [...scripts, ...runtime.scripts], styles: [...styles, ...runtime.styles] }));
}
