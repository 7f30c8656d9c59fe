/**
 * `node scripts/pages-address.ts > pages.env`: SITE_URL, BASE_PATH and PAGES_URL for a
 * GitLab Pages build, from CI_PAGES_URL and PAGES_PREFIX (empty for the site itself,
 * « mr-12 » for a merge request's preview), as a dotenv file: the job reads it before
 * building, and GitLab takes PAGES_URL as the environment's address (.gitlab-ci.yml).
 */
import { pagesAddress } from './lib/pages-address.ts';

const pagesUrl = process.env['CI_PAGES_URL'];
if (!pagesUrl) {
  console.error('CI_PAGES_URL manque : ce script sert dans un job GitLab Pages.');
  process.exit(2);
}
const { site, base, url } = pagesAddress(pagesUrl, process.env['PAGES_PREFIX'] ?? '');
process.stdout.write(`SITE_URL=${site}\nBASE_PATH=${base}\nPAGES_URL=${url}\n`);
