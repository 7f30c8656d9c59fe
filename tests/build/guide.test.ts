/**
 * The guide for families (/quelle-solution/) as built: every end is reached by
 * following answers from the first question, and a profile of each kind lands
 * on the solutions made for it, with the map opened on them.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, type BuiltPage } from '../helpers/dist.ts';

const pages = new Map(builtPages().map((page) => [page.path, page]));
const guidePages = [...pages.values()].filter((page) => page.path.startsWith('/quelle-solution/'));
const answersOf = (page: BuiltPage) => page.root.querySelectorAll('.guide-answers a');

/** Follows the answers whose words are given, from the first question, and returns the page reached. */
function follow(...answers: string[]): BuiltPage {
  let page = pages.get('/quelle-solution/')!;
  for (const words of answers) {
    const links = answersOf(page);
    const link = links.find((a) => a.textContent.trim() === words) ?? links.find((a) => a.textContent.includes(words));
    if (!link) throw new Error(`« ${words} » n'est pas une réponse de ${page.path}`);
    page = pages.get(link.getAttribute('href')!)!;
  }
  return page;
}
const solutionsOf = (page: BuiltPage) =>
  page.root.querySelectorAll('.guide-solution h2 .badge').map((b) => b.childNodes.at(-1)!.textContent.trim());
const mapLinksOf = (page: BuiltPage) =>
  page.root.querySelectorAll('.guide-solution a.cta__link').map((a) => decodeURIComponent(a.getAttribute('href')!));

describe('the guide for families', () => {
  it('reaches every one of its pages from the first question, in three answers at most', () => {
    const reached = new Set<string>();
    const walk = (page: BuiltPage, depth: number) => {
      reached.add(page.path);
      expect(depth, page.path).toBeLessThanOrEqual(3);
      for (const a of answersOf(page)) walk(pages.get(a.getAttribute('href')!)!, depth + 1);
    };
    walk(pages.get('/quelle-solution/')!, 0);
    expect([...reached].sort()).toEqual(guidePages.map((p) => p.path).sort());
    expect(guidePages.length).toBeGreaterThan(10);
  });

  it('sends a young person who left school long ago and wants a diploma to the micro-lycée first', () => {
    const end = follow('De 19 à 25 ans', 'il y a six mois ou plus', 'Préparer un diplôme');
    expect(solutionsOf(end)).toEqual(['Micro-lycée', 'PAPS']);
    expect(mapLinksOf(end)[0]).toBe('/carte/#type=micro-lycee');
  });

  it('sends a newly arrived 16-year-old learning French to the DIPA', () => {
    expect(solutionsOf(follow('16 ans', 'arrivé en France'))).toEqual(['DIPA']);
  });

  it('sends a pupil who thinks of leaving to a PAPS and to the school’s référent décrochage', () => {
    const end = follow('17 ou 18 ans', 'encore au collège');
    expect(solutionsOf(end)).toEqual(['PAPS']);
    expect(end.root.querySelector('#qui-contacter')!.parentNode!.textContent).toContain('Le référent décrochage scolaire');
  });

  it('sends a pupil under 16 to the school’s référent décrochage', () => {
    const end = follow('Moins de 16 ans', 'encore au collège');
    expect(solutionsOf(end)).toEqual([]);
    expect(end.root.querySelector('#qui-contacter')!.parentNode!.textContent).toContain('Le référent décrochage scolaire');
  });

  it('says so when nothing fits, and who can help', () => {
    const end = follow('Moins de 16 ans', 'arrivé en France');
    expect(solutionsOf(end)).toEqual([]);
    expect(end.root.querySelector('h1')!.textContent).toBe('Pas de solution sur ce site pour votre situation');
    expect(end.root.querySelector('#qui-contacter')!.parentNode!.textContent).toContain('SAIO');
  });

  it('lets every answer be changed from the pages after it', () => {
    const end = follow('De 19 à 25 ans', 'il y a six mois ou plus', 'Préparer un diplôme');
    const changes = end.root.querySelectorAll('.guide-steps a').map((a) => a.getAttribute('href'));
    expect(changes).toEqual(['/quelle-solution/', '/quelle-solution/19-25-ans/', '/quelle-solution/19-25-ans/sorti-depuis-6-mois/']);
  });
});
