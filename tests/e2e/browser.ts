import fs from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether the e2e suite can run here; with REQUIRE_E2E=1 a missing browser is a failure, not a skip. */
export function canRunBrowser(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  if (process.env.REQUIRE_E2E === '1') throw new Error(`REQUIRE_E2E=1 but Chromium is not installed at ${CHROMIUM}`);
  console.warn(`e2e suite skipped: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-wqy-microhei)`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Screenshots land here for people to look at (CI keeps the folder). */
export const SHOTS_DIR = new URL('../../test-results/e2e/', import.meta.url).pathname;
