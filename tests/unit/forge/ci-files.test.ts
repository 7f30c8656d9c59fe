/**
 * The forge files are not run here: their YAML is parsed, and what the site and
 * the content model rely on is checked (template names, field ids, vocabulary).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TEMPLATES } from '../../../src/lib/forge.ts';
import { THEMATIQUES } from '../../../src/lib/vocabulary.ts';

const root = path.join(import.meta.dirname, '../../..');
const yaml = (file: string) => parse(readFileSync(path.join(root, file), 'utf8'), { merge: true });
const fieldIds = (form: { body: { id?: string }[] }) => form.body.flatMap((field) => (field.id ? [field.id] : []));

describe('GitHub Actions', () => {
  it('checks pull requests: content as annotations, then the tests', () => {
    const workflow = yaml('.github/workflows/verifier.yml');
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    const runs = workflow.jobs.verifier.steps.map((step: { run?: string }) => step.run).filter(Boolean);
    expect(runs).toEqual(expect.arrayContaining(['npm run verifier -- --format=github', 'npm test']));
    const node = workflow.jobs.verifier.steps.find((step: { uses?: string }) => step.uses?.startsWith('actions/setup-node'));
    expect(node.with).toMatchObject({ 'node-version-file': '.nvmrc', cache: 'npm' });
  });

  it('shows a pull request’s built site and the pages it changes, once the site is built', () => {
    const steps = yaml('.github/workflows/verifier.yml').jobs.verifier.steps as {
      uses?: string;
      with?: Record<string, unknown>;
      run?: string;
      if?: string;
      env?: Record<string, string>;
    }[];
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout'))!;
    // git diff origin/<base>...HEAD needs the history of both branches.
    expect(checkout.with).toMatchObject({ 'fetch-depth': 0 });
    const tests = steps.findIndex((step) => step.run === 'npm test');
    const upload = steps.findIndex((step) => step.uses?.startsWith('actions/upload-artifact@'));
    const summary = steps.findIndex((step) => step.run?.includes('scripts/pages-changed.ts'));
    expect(upload).toBeGreaterThan(tests);
    expect(summary).toBeGreaterThan(tests);
    expect(steps[upload]!.with).toMatchObject({ name: 'site-construit', path: 'dist' });
    expect(steps[summary]!.run).toContain('node scripts/pages-changed.ts --base="origin/$BASE_REF" --dist=dist >> "$GITHUB_STEP_SUMMARY"');
    expect(steps[summary]!.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    for (const step of [steps[upload]!, steps[summary]!]) expect(step.if).toBe("${{ !cancelled() && hashFiles('dist/index.html') != '' }}");
  });

  it('publishes main on GitHub Pages', () => {
    const workflow = yaml('.github/workflows/pages.yml');
    expect(workflow.on.push.branches).toEqual(['main']);
    const uses = Object.values(workflow.jobs as Record<string, { steps: { uses?: string }[] }>).flatMap((job) =>
      job.steps.map((step) => step.uses?.split('@')[0]),
    );
    expect(uses).toEqual(expect.arrayContaining(['actions/upload-pages-artifact', 'actions/deploy-pages']));
  });

  it('offers the two issue forms, whose field ids the site fills in', () => {
    expect(fieldIds(yaml(`.github/ISSUE_TEMPLATE/${TEMPLATES.signaler}.yml`))).toContain('page');
    const proposer = yaml(`.github/ISSUE_TEMPLATE/${TEMPLATES.proposer}.yml`);
    expect(fieldIds(proposer)).toEqual([
      'titre',
      'etablissement',
      'commune',
      'departement',
      'thematiques',
      'date',
      'description',
      'source',
    ]);
    expect(proposer.body.find((field: { id?: string }) => field.id === 'thematiques').attributes.options).toEqual([...THEMATIQUES]);
    expect(yaml('.github/ISSUE_TEMPLATE/config.yml')).toEqual({ blank_issues_enabled: false });
  });
});

describe('GitLab CI', () => {
  const ci = yaml('.gitlab-ci.yml');

  it('runs the verifier as a Code Quality report, the tests, and Pages on the default branch', () => {
    expect(ci.default.image).toBe('node:24-bookworm');
    expect(ci.verifier.script.flat()).toContain('npm run verifier -- --format=gitlab');
    expect(ci.verifier.artifacts).toEqual({ when: 'always', reports: { codequality: 'gl-code-quality-report.json' } });
    expect(ci.test.script.flat()).toContain('npm test');
    expect(ci.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(ci.pages.artifacts.paths).toEqual(['public']);
  });

  it('builds the site for its Pages address, computed once for the site and its previews', () => {
    for (const job of [ci.pages, ci.apercu]) {
      const script = job.script.flat(Infinity);
      expect(script.slice(0, 5)).toEqual([
        'npm ci --no-audit --no-fund --prefer-offline',
        'node scripts/pages-address.ts > pages.env',
        'set -a && . ./pages.env && set +a',
        'npm run build',
        ...(job === ci.pages ? ['rm -rf public && mv dist public'] : [expect.stringContaining('scripts/pages-changed.ts')]),
      ]);
      expect(script.at(-1)).toBe('rm -rf public && mv dist public');
    }
  });

  it('publishes each merge request’s built site as a Pages preview, with the pages it changes', () => {
    const { apercu } = ci;
    expect(apercu.stage).toBe('deploy');
    expect(apercu.rules).toEqual([{ if: '$APERCU_PAGES == "non"', when: 'never' }, { if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(apercu.allow_failure).toBe(true);
    expect(apercu.variables).toEqual({ PAGES_PREFIX: 'mr-$CI_MERGE_REQUEST_IID', GIT_DEPTH: '0' });
    expect(apercu.pages).toEqual({ path_prefix: '$PAGES_PREFIX', expire_in: '1 week' });
    expect(apercu.environment).toEqual({ name: 'apercu/mr-$CI_MERGE_REQUEST_IID', url: '$PAGES_URL', auto_stop_in: '1 week' });
    expect(apercu.artifacts).toEqual({ paths: ['public'], reports: { dotenv: 'pages.env' } });
    expect(apercu.script.flat(Infinity)).toContain(
      'node scripts/pages-changed.ts --base="$CI_MERGE_REQUEST_DIFF_BASE_SHA" --dist=dist --url="$PAGES_URL"',
    );
    // The site itself keeps no prefix and never expires.
    expect(ci.pages.pages).toBeUndefined();
  });

  it('has the templates the site links to', () => {
    for (const name of Object.values(TEMPLATES)) expect(existsSync(path.join(root, `.gitlab/issue_templates/${name}.md`))).toBe(true);
    expect(readdirSync(path.join(root, '.gitlab/merge_request_templates'))).toContain('Default.md');
  });
});
