/**
 * What a pull or merge request shows the coordinator (issue #16): the built pages
 * its files change (scripts/pages-changed.ts), and where a merge request's preview
 * is published on GitLab Pages (scripts/pages-address.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagesAddress } from '../../../scripts/lib/pages-address.ts';
import { effectOf, summary, type Context } from '../../../scripts/lib/pages-changed.ts';
import { ENTRY_PAGES } from '../../../src/lib/content-pages.ts';
import { COLLECTIONS } from '../../../src/schemas/index.ts';

const context: Context = {
  langs: ['fr', 'en', 'ar'],
  idsOf: (file) => (file === 'content/academies.yaml' ? ['bordeaux', 'limoges'] : []),
};
const pagesOf = (file: string) => {
  const effect = effectOf(file, context);
  return effect.kind === 'pages' ? effect.pages : effect.kind;
};

describe('the pages a changed file makes', () => {
  it('a dispositif or an établissement: its page, then its translations', () => {
    expect(pagesOf('content/dispositifs/micro-lycee-talence.md')).toEqual([
      '/dispositifs/micro-lycee-talence/',
      '/en/dispositifs/micro-lycee-talence/',
      '/ar/dispositifs/micro-lycee-talence/',
    ]);
    expect(pagesOf('content/etablissements/lycee-kastler.yaml')).toEqual([
      '/etablissements/lycee-kastler/',
      '/en/etablissements/lycee-kastler/',
      '/ar/etablissements/lycee-kastler/',
    ]);
  });

  it('an entry of the staff pages or of the Semaine: its French page', () => {
    expect(pagesOf('content/fiches/gpds.md')).toEqual(['/fiches/gpds/']);
    expect(pagesOf('content/ressources/lettre-de-mission.md')).toEqual(['/ressources/lettre-de-mission/']);
    expect(pagesOf('content/actions/maps-lescar.md')).toEqual(['/semaine/actions/maps-lescar/']);
    expect(pagesOf('content/bulletins/2031-02-03-bordeaux.md')).toEqual(['/semaine/bulletins/2031-02-03-bordeaux/']);
    expect(pagesOf('content/editions/2031.yaml')).toEqual(['/semaine/2031/']);
  });

  it('every collection whose entries have pages, from its folder', () => {
    for (const [name, page] of Object.entries(ENTRY_PAGES)) {
      const { files } = COLLECTIONS[name as keyof typeof COLLECTIONS];
      if (!('folder' in files)) continue;
      expect(pagesOf(`content/${files.folder}/exemple.${files.extensions[0]}`)[0], name).toBe(page('exemple'));
    }
  });

  it('a file of several entries: the page of each, or its own page', () => {
    expect(pagesOf('content/academies.yaml')).toEqual(['/academies/bordeaux/', '/academies/limoges/']);
    expect(pagesOf('content/glossaire.yaml')).toEqual(['/glossaire/']);
    expect(pagesOf('content/sources.yaml')).toEqual(['/sources/']);
    expect(pagesOf('content/mots-courants.yaml')).toEqual(['/recherche/']);
  });

  it('a translation file: every page of its language', () => {
    expect(effectOf('content/traductions/en.yaml', context)).toEqual({ kind: 'language', lang: 'en' });
  });

  it('a file of public/: itself, where it is published', () => {
    expect(pagesOf('public/images/contenu/affiche-2031.pdf')).toEqual(['/images/contenu/affiche-2031.pdf']);
  });

  it('the site’s code, its build or its packages: every page', () => {
    for (const file of [
      'src/components/SourceNote.astro',
      'src/site.config.ts',
      'astro.config.mjs',
      'package-lock.json',
      'scripts/search-index.ts',
    ])
      expect(pagesOf(file), file).toBe('site');
  });

  it('tests, documentation, the forge’s files, a file no collection reads: nothing', () => {
    for (const file of [
      'tests/unit/x.test.ts',
      'README.md',
      'docs/cms.md',
      '.github/workflows/verifier.yml',
      '.gitlab-ci.yml',
      'content/.schemas/action.json',
      'content/dispositifs/notes.txt',
    ])
      expect(pagesOf(file), file).toBe('none');
  });
});

describe('the job summary', () => {
  it('lists each file’s pages, linked to the preview, and says when the site’s code changes them all', () => {
    const text = summary(
      ['src/styles/global.css', 'content/dispositifs/dipa-talence.md', 'content/traductions/ar.yaml', 'README.md'],
      context,
      {
        url: 'https://groupe.pages.example/depot/mr-12/',
      },
    );
    expect(text).toMatchInlineSnapshot(`
      "### Pages que cette demande modifie

      **Toutes les pages** peuvent changer : le code du site change (\`src/styles/global.css\`).

      Les pages faites à partir des fichiers modifiés (les listes, la carte et la recherche qui les reprennent changent aussi) :

      - \`content/dispositifs/dipa-talence.md\` : [/dispositifs/dipa-talence/](https://groupe.pages.example/depot/mr-12/dispositifs/dipa-talence/) ; traductions : [/en/dispositifs/dipa-talence/](https://groupe.pages.example/depot/mr-12/en/dispositifs/dipa-talence/), [/ar/dispositifs/dipa-talence/](https://groupe.pages.example/depot/mr-12/ar/dispositifs/dipa-talence/)
      - \`content/traductions/ar.yaml\` : toutes les pages en العربية ([/ar/](https://groupe.pages.example/depot/mr-12/ar/) et la suite)
      "
    `);
  });

  it('says which pages the change removes, and that nothing published changes', () => {
    const removed = summary(['content/fiches/ancienne.md'], context, { isBuilt: () => false });
    expect(removed).toContain('- `content/fiches/ancienne.md` : `/fiches/ancienne/ (retirée)`');
    expect(summary(['docs/cms.md'], context)).toMatch(/Aucune page publiée ne change/);
  });

  it('is written by scripts/pages-changed.ts from what git says changed since the base', () => {
    const repo = mkdtempSync(join(tmpdir(), 'pages-changed-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(dirname(join(repo, path)), { recursive: true });
        writeFileSync(join(repo, path), text);
      };
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, stdio: 'pipe' });
      git('init', '-q', '-b', 'main');
      write('content/fiches/gpds.md', '---\ntitre: GPDS\n---\n');
      write('content/fiches/ancienne.md', '---\ntitre: Ancienne\n---\n');
      write('content/traductions/en.yaml', 'interface: {}\n');
      git('add', '.');
      git('commit', '-q', '-m', 'base');
      git('checkout', '-q', '-b', 'demande');
      write('content/fiches/gpds.md', '---\ntitre: GPDS, corrigée\n---\n');
      write('content/dispositifs/paps-nouveau.md', '---\nnom: PAPS\n---\n');
      git('rm', '-q', 'content/fiches/ancienne.md');
      write('dist/fiches/gpds/index.html', '');
      write('dist/dispositifs/paps-nouveau/index.html', '');
      write('dist/en/dispositifs/paps-nouveau/index.html', '');
      git('add', 'content');
      git('commit', '-q', '-m', 'demande');
      const script = join(import.meta.dirname, '../../../scripts/pages-changed.ts');
      const out = execFileSync(process.execPath, [script, '--base=main', '--dist=dist'], { cwd: repo, encoding: 'utf8' });
      expect(out.split('\n').filter((line) => line.startsWith('- '))).toEqual([
        '- `content/dispositifs/paps-nouveau.md` : `/dispositifs/paps-nouveau/` ; traductions : `/en/dispositifs/paps-nouveau/`',
        '- `content/fiches/ancienne.md` : `/fiches/ancienne/ (retirée)`',
        '- `content/fiches/gpds.md` : `/fiches/gpds/`',
      ]);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('the address of a merge request’s preview on GitLab Pages', () => {
  it('adds the prefix to the Pages address, whether GitLab gives it already or not', () => {
    const expected = { site: 'https://groupe.pages.example', base: '/depot/mr-12/', url: 'https://groupe.pages.example/depot/mr-12/' };
    expect(pagesAddress('https://groupe.pages.example/depot', 'mr-12')).toEqual(expected);
    expect(pagesAddress('https://groupe.pages.example/depot/mr-12', 'mr-12')).toEqual(expected);
  });

  it('on a unique domain, and for the site itself', () => {
    expect(pagesAddress('https://depot-3f2a9c.pages.example', 'mr-7').base).toBe('/mr-7/');
    expect(pagesAddress('https://groupe.pages.example/depot/')).toEqual({
      site: 'https://groupe.pages.example',
      base: '/depot/',
      url: 'https://groupe.pages.example/depot/',
    });
  });
});
