import { describe, expect, it } from 'vitest';
import { editUrl, newIssueUrl, reportErrorUrl, type Forge } from '../../../src/lib/forge.ts';

const page = { title: 'Micro-lycée de Talence', url: 'https://exemple.fr/site/dispositifs/micro-lycee-talence/' };
const github: Forge = { type: 'github', url: 'https://github.com/org/depot/' };
const gitlab: Forge = { type: 'gitlab', url: 'https://forge.apps.education.fr/groupe/depot' };

describe('« Signaler une erreur » on GitHub', () => {
  const url = new URL(reportErrorUrl(github, page));

  it('opens the issue form, with the title and the page filled in', () => {
    expect(url.origin + url.pathname).toBe('https://github.com/org/depot/issues/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'signaler-une-erreur.yml',
      title: 'Erreur sur la page « Micro-lycée de Talence »',
      page: 'https://exemple.fr/site/dispositifs/micro-lycee-talence/',
    });
  });

  it('encodes spaces as %20, not +', () => {
    expect(url.search).not.toContain('+');
  });
});

describe('« Signaler une erreur » on GitLab', () => {
  const url = new URL(reportErrorUrl(gitlab, page));

  it('opens a new issue from the template, with the title and the page in the description', () => {
    expect(url.origin + url.pathname).toBe('https://forge.apps.education.fr/groupe/depot/-/issues/new');
    expect(url.searchParams.get('issuable_template')).toBe('signaler-une-erreur');
    expect(url.searchParams.get('issue[title]')).toBe('Erreur sur la page « Micro-lycée de Talence »');
    expect(url.searchParams.get('issue[description]')).toMatchInlineSnapshot(`
      "## Adresse de la page

      https://exemple.fr/site/dispositifs/micro-lycee-talence/ (Micro-lycée de Talence)

      ## Ce qui est faux


      ## La bonne information et sa source
      "
    `);
  });
});

describe('without a forge', () => {
  it('leads to the « Contribuer » page, which says whom to tell', () => {
    expect(reportErrorUrl(undefined, page)).toBe('/contribuer/#signaler');
  });
});

describe('empty issues from a template', () => {
  it('names the template on both forges', () => {
    expect(newIssueUrl(github, 'proposer')).toBe('https://github.com/org/depot/issues/new?template=proposer-une-action.yml');
    expect(newIssueUrl(gitlab, 'signaler')).toBe(
      'https://forge.apps.education.fr/groupe/depot/-/issues/new?issuable_template=signaler-une-erreur',
    );
  });
});

describe('« Modifier cette page »', () => {
  const file = 'content/dispositifs/micro-lycee-talence.md';

  it('opens the content file in GitHub’s editor, on the main branch unless another is named', () => {
    expect(editUrl(github, file)).toBe('https://github.com/org/depot/edit/main/content/dispositifs/micro-lycee-talence.md');
    expect(editUrl({ ...github, branch: 'production' }, 'content/academies.yaml')).toBe(
      'https://github.com/org/depot/edit/production/content/academies.yaml',
    );
  });

  it('opens it in GitLab’s editor, under « -/edit »', () => {
    expect(editUrl(gitlab, file)).toBe(
      'https://forge.apps.education.fr/groupe/depot/-/edit/main/content/dispositifs/micro-lycee-talence.md',
    );
    expect(editUrl({ ...gitlab, branch: 'master' }, 'content/editions/2031.yaml')).toBe(
      'https://forge.apps.education.fr/groupe/depot/-/edit/master/content/editions/2031.yaml',
    );
  });

  it('is not offered without a forge', () => {
    expect(editUrl(undefined, file)).toBeUndefined();
  });
});
