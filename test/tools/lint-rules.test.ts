/**
 * The lint rule that keeps arrays as long as a file makes them off the stack (issue 17): a spread into
 * a call is refused in src/ and tools/, a spread into an array literal is not, and the scene-change
 * rule that shares its option still holds.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/stories.ts';

const eslint = new ESLint({ cwd: ROOT });

async function rulesBroken(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('no spread of an array into a call', () => {
  const SPREAD = /Do not spread an array into a call/;

  it('is refused in the core, the screens, the guarded scene and the tools', async () => {
    const code = 'export const most = (values: number[], list: number[]) => { list.push(...values); return Math.max(...values); };\n';
    for (const file of ['src/core/log/example.ts', 'src/presentation/ui/example.ts', 'src/presentation/scenes/guarded-scene.ts', 'tools/story-check/example.ts']) {
      const broken = await rulesBroken(code, file);
      expect(broken.filter((message) => SPREAD.test(message)), file).toHaveLength(2);
    }
  });

  it('allows a spread into an array or an object literal', async () => {
    expect(await rulesBroken('export const join = (a: number[], b: number[]) => ({ all: [...a, ...b], ...{ n: 1 } });\n', 'src/core/log/example.ts')).toEqual([]);
  });

  it('leaves the scene-change rule in force beside it', async () => {
    const broken = await rulesBroken('export function leave(game: { scene: { start(key: string): void } }) { game.scene.start("title"); }\n', 'src/presentation/scenes/example.ts');
    expect(broken.some((message) => message.startsWith('Leave a scene with this.go'))).toBe(true);
  });
});
