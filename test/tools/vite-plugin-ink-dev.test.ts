import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inkPlugin } from '../../tools/vite-plugin-ink.ts';
import { inkFolder } from '../support/stories.ts';

const GOOD = '# title: Dev\n# id: dev\nINCLUDE common/shared.ink\nHello {greeting}.\n-> END\n';

let server: ViteDevServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function devServer(root: string): Promise<{ server: ViteDevServer; sent: unknown[] }> {
  const started = await createServer({ root, configFile: false, logLevel: 'silent', plugins: [inkPlugin()], server: { port: 0, host: '127.0.0.1' } });
  server = started;
  // Changes made before the file watcher has finished its first scan go unseen.
  await new Promise((resolve) => started.watcher.once('ready', resolve));
  const sent: unknown[] = [];
  const send = started.ws.send.bind(started.ws);
  started.ws.send = ((...args: Parameters<typeof send>) => {
    sent.push(args[0]);
    return send(...args);
  }) as typeof started.ws.send;
  return { server: started, sent };
}

describe('the ink Vite plugin in the dev server', () => {
  it('serves the compiled story and shows a compile error as "stories/x.ink line N: message"', async () => {
    const root = inkFolder({ 'stories/dev.ink': GOOD, 'stories/common/shared.ink': 'VAR greeting = "there"\n' });
    const { server } = await devServer(root);
    const good = await server.transformRequest('/stories/dev.ink');
    expect(good?.code).toContain('Hello');

    writeFileSync(join(root, 'stories/dev.ink'), GOOD.replace('-> END', '-> nowhere'));
    server.moduleGraph.invalidateAll();
    await expect(server.transformRequest('/stories/dev.ink')).rejects.toThrow("stories/dev.ink line 5: Divert target not found: '-> nowhere'");
  });

  it('reloads the page when a story or an included file changes', async () => {
    const root = inkFolder({ 'stories/dev.ink': GOOD, 'stories/common/shared.ink': 'VAR greeting = "there"\n' });
    const { server, sent } = await devServer(root);
    await server.transformRequest('/stories/dev.ink');
    const shared = join(root, 'stories/common/shared.ink');
    // Write again on each poll: on a busy machine the watcher may still be settling after the first write.
    await vi.waitFor(
      () => {
        writeFileSync(shared, readFileSync(shared, 'utf8').replace('there', 'again'));
        expect(sent).toContainEqual({ type: 'full-reload' });
      },
      { timeout: 20_000, interval: 250 },
    );
    const reloaded = await server.transformRequest('/stories/dev.ink');
    expect(reloaded?.code).toContain('again');
  }, 30_000);
});
