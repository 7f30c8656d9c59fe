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

  it('has the templates the site links to', () => {
    for (const name of Object.values(TEMPLATES)) expect(existsSync(path.join(root, `.gitlab/issue_templates/${name}.md`))).toBe(true);
    expect(readdirSync(path.join(root, '.gitlab/merge_request_templates'))).toContain('Default.md');
  });
});
