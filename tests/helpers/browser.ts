/**
 * The browser of the tests (scripts/lib/chromium.ts). Without Chromium the
 * browser tests skip, loudly, except in CI where they must run.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../../scripts/lib/chromium.ts';

export { CHROMIUM, keepToSite, launch } from '../../scripts/lib/chromium.ts';
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  if (process.env['CI'] === 'true')
    throw new Error(`Chromium est introuvable (${CHROMIUM}) : en CI, les tests navigateur doivent tourner.`);
  console.warn(`\n⚠ Chromium introuvable (${CHROMIUM}) : tests navigateur IGNORÉS. Installez-le : apt-get install -y chromium\n`);
}
