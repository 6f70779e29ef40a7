import { describe, expect, it } from 'vitest';
import { inlineBlocks, LRS_SOURCES, policyFor, policyOf, securePage, sha256Source } from '../../tools/csp.ts';

/** A built page as the single file has it: inline script and style, and page text of the game's own inside the script. */
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Manage or Lead?</title>
    <style>body{margin:0}</style>
    <script type="module">const report = '<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \\'none\\'">';</script>
  </head>
  <body><script src="/assets/index.js"></script></body>
</html>`;

const directive = (policy: string, name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `));

describe('the pages\' Content-Security-Policy', () => {
  it('goes straight after <meta charset>, allows the page\'s inline blocks by hash, and leaves page text inside a script alone', () => {
    const { scripts, styles } = inlineBlocks(PAGE);
    const page = securePage(PAGE, 'single', { scripts: [], styles: ['.map{fill:red}'] });
    const policy = policyOf(page) ?? '';
    expect(page.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(page.indexOf('<title>'));
    expect(directive(policy, 'script-src')).toBe(`script-src 'self' ${sha256Source(scripts[0] ?? '')}`);
    expect(directive(policy, 'style-src')).toBe(`style-src 'self' ${sha256Source(styles[0] ?? '')} ${sha256Source('.map{fill:red}')}`);
    // The script's own text is untouched, so the hash still matches it.
    expect(inlineBlocks(page).scripts).toEqual(scripts);
    // Securing a page twice replaces its policy rather than adding a second one.
    const again = securePage(page, 'xapi', { scripts: [], styles: [] });
    expect(again.match(/<meta http-equiv="Content-Security-Policy"/g)).toHaveLength(2); // the page's, and the text in the script
    expect(directive(policyOf(again) ?? '', 'connect-src')).toBe(`connect-src 'self' ${LRS_SOURCES.join(' ')}`);
  });

  it('lets only an xAPI launch page reach another origin, and never allows eval or inline code', () => {
    for (const kind of ['hosted', 'single', 'xapi'] as const) {
      const policy = policyFor({ kind });
      expect(policy).not.toContain('unsafe-');
      const elsewhere = policy.split(/[ ;]+/).filter((source) => /^(https?:|wss?:|\*)/.test(source));
      expect(elsewhere, kind).toEqual(kind === 'xapi' ? [...LRS_SOURCES] : []);
      expect(directive(policy, 'default-src')).toBe("default-src 'none'");
      expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    }
    expect(directive(policyFor({ kind: 'hosted' }), 'connect-src')).toBe("connect-src 'self'");
    expect(directive(policyFor({ kind: 'single' }), 'worker-src')).toBe('worker-src blob: data:');
    expect(directive(policyFor({ kind: 'hosted' }), 'worker-src')).toBe("worker-src 'self'");
    expect(() => securePage('<html><head></head></html>', 'hosted', { scripts: [], styles: [] })).toThrow(/no <meta charset>/);
  });
});
