/** `npm run nouveau`: writes a valid file in a copy of a small site, and never overwrites one. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/integrations/content-check/index.ts';
import { materialiseFixtureInto } from '../content-check/check-fixture.ts';

const SCRIPT = join(import.meta.dirname, '../../../scripts/nouveau.ts');
let root = '';
// The test before them leaves a wrong action in the site: the lettres' own files are looked at.
const lettreProblems = () => checkContent(root).problems.filter((p) => p.file.startsWith('content/lettres/'));
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args, `--racine=${root}`], { encoding: 'utf8', input: '' });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'nouveau-'));
  materialiseFixtureInto('nouveau', root);
});

describe('npm run nouveau', () => {
  const bulletin = [
    'bulletin',
    '--date=2031-01-14',
    '--edition=2031',
    '--academie=nord',
    '--departement=33',
    '--action_phare=atelier-exemple',
    '--date_maj=2031-01-10',
    '--source=guide-exemple',
  ];

  it('writes a commented bulletin that the checker accepts', () => {
    const result = run(...bulletin);
    expect(result.stderr).toBe('');
    const file = join(root, 'content/bulletins/2031-01-14-nord.md');
    expect(readFileSync(file, 'utf8')).toContain('# Département à l’honneur');
    expect(checkContent(root).problems).toEqual([]);
  });

  it('refuses to overwrite an existing file', () => {
    const result = run(...bulletin);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('existe déjà');
  });

  it('writes an action named after its title', () => {
    execFileSync(
      process.execPath,
      [
        SCRIPT,
        'action',
        '--titre=Café des parents à l’école',
        '--etablissement=lycee-exemple',
        '--thematiques=tutorat, culture',
        '--edition=2031',
        '--date_maj=2031-01-10',
        '--source=guide-exemple',
        `--racine=${root}`,
      ],
      { input: '' },
    );
    expect(existsSync(join(root, 'content/actions/cafe-des-parents-a-l-ecole.md'))).toBe(true);
    expect(checkContent(root).problems).toEqual([]);
  });

  it('says what to fix when an answer is wrong', () => {
    const result = run('action', '--titre=Autre action', '--etablissement=inconnu', '--date_maj=2031-01-10', '--source=guide-exemple');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/actions/autre-action.md:5 — champ « etablissement »');
  });

  it('writes a lettre from the five fields the issue asks for, numbered after its académie’s last one', () => {
    const lettre = (titre: string, date: string) =>
      run('lettre', `--titre=${titre}`, `--date=${date}`, '--academie=nord', '--date_maj=2031-01-10', '--source=guide-exemple');
    const first = lettre('La lettre de janvier : « tenir bon »', '2031-01-20');
    expect(first.stderr).toBe('');
    const text = readFileSync(join(root, 'content/lettres/nord-2031-01-20-la-lettre-de-janvier-tenir-bon.md'), 'utf8');
    expect(text).toContain('numero: 1\n');
    expect(text).toContain('# sections:');
    expect(lettre('Après la Semaine', '2031-02-20').stderr).toBe('');
    expect(readFileSync(join(root, 'content/lettres/nord-2031-02-20-apres-la-semaine.md'), 'utf8')).toContain('numero: 2\n');
    expect(lettreProblems()).toEqual([]);
  });

  it('names a lettre with a long title after its first words, as the checker wants file names', () => {
    const result = run(
      'lettre',
      '--titre=Une lettre dont le titre est vraiment beaucoup trop long pour tenir dans un nom de fichier',
      '--date=2031-03-01',
      '--academie=nord',
      '--numero=7',
      '--date_maj=2031-03-01',
      '--source=guide-exemple',
    );
    expect(result.stderr).toBe('');
    const file = 'content/lettres/nord-2031-03-01-une-lettre-dont-le-titre-est-vraiment-beaucoup-trop-long.md';
    expect(readFileSync(join(root, file), 'utf8')).toContain('numero: 7\n');
    expect(lettreProblems()).toEqual([]);
  });
});
