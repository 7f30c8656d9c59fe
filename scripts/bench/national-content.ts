/**
 * The national benchmark's synthetic content: établissements, dispositifs, fiches,
 * actions and bulletins of French text on real communes of every metropolitan
 * département, at a scale of the counts below; and pages of the same text for the
 * sites it is compared to.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { isoDate } from '../../src/lib/format/dates.ts';
import { communesOfDepartement, departementByCode } from '../../src/lib/geo/communes.ts';
import { ROOT } from '../lib/project-copy.ts';
import type { AnchorPage } from './anchor-sites.ts';
import { WORDS, random } from './lib.ts';

/** Files of each kind at scale 1: France's order of magnitude. */
export const COUNTS = { etablissements: 10_000, dispositifs: 3_000, fiches: 300, actions: 1_000, bulletins: 100 };
const SOURCE = 'guide-bordeaux-2020';
const DATE_MAJ = '2026-01-15';

const next = random(2027);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

// Lower-case words only: a capitalised run would be an acronym the glossary must define.
const sentence = () =>
  `${Array.from({ length: 8 + Math.floor(next() * 12) }, () => pick(WORDS))
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase())}.`;
const paragraphs = (n: number) => Array.from({ length: n }, () => Array.from({ length: 3 }, sentence).join(' ')).join('\n\n');
const points = (n: number) => Array.from({ length: n }, sentence);
const markdown = (data: object, body: string) => `---\n${stringify(data)}---\n\n${body}\n`;

const METROPOLE = [...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter((c) => c !== '20'), '2A', '2B'];

/** The real académies, and one synthetic académie per région for the départements they leave out. */
function academies(): Record<string, { nom: string; departements: string[] } & Record<string, unknown>> {
  const real = parse(readFileSync(join(ROOT, 'content/academies.yaml'), 'utf8')) as ReturnType<typeof academies>;
  const covered = new Set(Object.values(real).flatMap((a) => a.departements));
  const added: ReturnType<typeof academies> = {};
  for (const code of METROPOLE.filter((c) => !covered.has(c))) {
    const id = `region-${departementByCode(code)!.region}`;
    added[id] ??= {
      nom: `Académie synthétique de la région ${departementByCode(code)!.region}`,
      departements: [],
      date_maj: DATE_MAJ,
      source: SOURCE,
    };
    added[id].departements.push(code);
  }
  return { ...real, ...added };
}

/** Writes the synthetic content over a copy of the real one; returns the number of files of each kind. */
export function writeContent(content: string, scale: number): Record<string, number> {
  const target = (name: keyof typeof COUNTS) => Math.max(1, Math.round(COUNTS[name] * scale));
  const write = (path: string, text: string) => writeFileSync(join(content, path), text);
  const existing = (folder: string) => readdirSync(join(content, folder)).length;
  const all = academies();
  write('academies.yaml', stringify(all));
  const communes = METROPOLE.flatMap((d) => communesOfDepartement(d));
  const natures = ['collège', 'lycée', 'lycée professionnel', 'lycée polyvalent'] as const;

  const etablissements = Array.from({ length: target('etablissements') - existing('etablissements') }, (_, i) => `synth-etab-${i}`);
  etablissements.forEach((id, i) => {
    const commune = pick(communes);
    const data = {
      nom: `${pick(natures).replace(/^./, (c) => c.toUpperCase())} synthétique n° ${i + 1}`,
      nature: pick(natures),
      adresse: [`${1 + Math.floor(next() * 120)} rue de la persévérance`],
      code_insee: commune.code,
      departement: commune.departement,
      telephone: `0${1 + Math.floor(next() * 5)} ${String(Math.floor(next() * 1e8))
        .padStart(8, '0')
        .replace(/(..)(?=.)/g, '$1 ')}`,
      date_maj: DATE_MAJ,
      source: SOURCE,
    };
    write(`etablissements/${id}.yaml`, stringify(data));
  });

  const fiches = Array.from({ length: target('fiches') - existing('fiches') }, (_, i) => `synth-fiche-${i}`);
  fiches.forEach((id, i) => {
    const data = {
      titre: `Fiche synthétique n° ${i + 1} : ${pick(WORDS)} et ${pick(WORDS)}`,
      champ: pick(['prevention', 'intervention', 'remediation']),
      resume: sentence().slice(0, 280),
      objectifs: points(4),
      public_vise: points(2),
      personnes_engagees: points(5),
      modalites: points(5),
      zone_application: points(1),
      evaluation: points(2),
      voir_aussi: ['gpds', pick(fiches)].filter((v, n, list) => v !== id && list.indexOf(v) === n),
      date_maj: DATE_MAJ,
      source: SOURCE,
    };
    write(`fiches/${id}.md`, markdown(data, paragraphs(4)));
  });

  const places = ['paps', 'paps', 'paps', 'micro-lycee', 'dipa', 'paqi'];
  Array.from({ length: target('dispositifs') - existing('dispositifs') }, (_, i) => {
    const data = {
      type: pick(places),
      etablissement: pick(etablissements),
      public: { age_min: 16, age_max: 25, conditions: points(2) },
      formations: points(3),
      date_maj: DATE_MAJ,
      source: SOURCE,
    };
    write(`dispositifs/synth-dispositif-${i}.md`, markdown(data, paragraphs(3)));
  });

  // Two editions of five days; one bulletin per day and académie.
  const editions = { '2027': '2027-11-15', '2028': '2028-11-13' };
  for (const [year, debut] of Object.entries(editions)) {
    const fin = isoDate(new Date(Date.parse(debut) + 4 * 86_400_000));
    write(`editions/${year}.yaml`, stringify({ debut, fin, academies: Object.keys(all), date_maj: DATE_MAJ, source: SOURCE }));
  }
  const actions = Array.from({ length: target('actions') - existing('actions') }, (_, i) => `synth-action-${i}`);
  const actionYears = actions.map(() => pick(Object.keys(editions)));
  actions.forEach((id, i) => {
    const data = {
      titre: `Action synthétique n° ${i + 1} : ${pick(WORDS)} ${pick(WORDS)}`,
      etablissement: pick(etablissements),
      thematiques: [pick(['accompagnement', 'tutorat', 'culture', 'formation', 'estime de soi'])],
      partenaires: [`Association ${pick(WORDS)}`],
      edition: actionYears[i],
      date_maj: DATE_MAJ,
      source: SOURCE,
    };
    write(`actions/${id}.md`, markdown(data, paragraphs(2)));
  });
  const slots = Object.entries(editions).flatMap(([year, debut]) =>
    Array.from({ length: 5 }, (_, day) => isoDate(new Date(Date.parse(debut) + day * 86_400_000))).flatMap((date) =>
      Object.keys(all).map((academie) => ({ year, date, academie })),
    ),
  );
  if (slots.length < target('bulletins'))
    throw new Error(`${slots.length} jours-académies seulement pour ${target('bulletins')} bulletins.`);
  slots.slice(0, target('bulletins') - existing('bulletins')).forEach(({ year, date, academie }) => {
    const sameYear = actions.filter((_, i) => actionYears[i] === year);
    const data = {
      date,
      edition: year,
      academie,
      departement: pick(all[academie]!.departements),
      action_phare: pick(sameYear),
      actions: [pick(sameYear), pick(sameYear)].filter((v, n, list) => list.indexOf(v) === n),
      zoom: pick(fiches),
      date_maj: DATE_MAJ,
      source: SOURCE,
    };
    write(`bulletins/${date}-${academie}.md`, markdown(data, `# Département à l’honneur\n\n${paragraphs(3)}`));
  });
  return Object.fromEntries(Object.keys(COUNTS).map((folder) => [folder, existing(folder)]));
}

/** `count` pages of the same kind of text, for the sites the project is compared to. */
export const anchorPages = (count: number): AnchorPage[] =>
  Array.from({ length: count }, (_, i) => ({ title: `Page synthétique n° ${i + 1}`, body: paragraphs(4) }));
