/**
 * Debian's Chromium driven by playwright-core: never a downloaded browser. The path comes from
 * CHROME_PATH, else the Debian location; when neither exists the tests stop with how to install it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, DEBIAN_CHROMIUM].filter((path): path is string => Boolean(path));
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(', ')}). Install Debian's: "apt-get install -y chromium", or set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
  return found;
}

export interface OpenBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every console message and page error of type error or warning, for a clean-console check. */
  readonly consoleProblems: string[];
  close(): Promise<void>;
}

export async function openBrowser(viewport = { width: 1280, height: 720 }, options: { hasTouch?: boolean } = {}): Promise<OpenBrowser> {
  // A fresh profile each time: nothing carries over between tests.
  const profile = mkdtempSync(join(tmpdir(), 'mol-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport,
    hasTouch: options.hasTouch ?? false,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Software WebGL: the CI machines have no GPU.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleProblems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleProblems.push(`page error: ${error.message}`));
  return {
    context,
    page,
    consoleProblems,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
