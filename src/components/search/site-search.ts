/**
 * <site-search>: results as one types, facets with counts, query and filters in
 * the URL (history.replaceState: nothing is sent), the result count announced.
 * Pagefind's bundle loads only on this page, on first use, and picks the index
 * of the page's `<html lang>`: each language searches its own pages. French
 * queries are read forgivingly (forgiving-search.ts); the other languages'
 * go to Pagefind as typed.
 */
import { createTranslator, type Translator } from '../../i18n/translate.ts';
import { escapeHtml as escape } from '../../lib/format/html.ts';
import { asTyped, queryReader, type Rewrite, type Term } from '../../lib/search/query.ts';
import { ForgivingSearch, type Counts, type Found, type Pagefind, type PagefindResultData } from './forgiving-search.ts';
import type { SearchMessage } from './messages.ts';

/** Facets, in the order shown, with the message of their label. */
const FACETS: [string, SearchMessage][] = [
  ['genre', 'search.facet.genre'],
  ['type', 'search.facet.type'],
  ['champ', 'search.facet.champ'],
  ['academie', 'search.facet.academie'],
  ['departement', 'search.facet.departement'],
];
/** Results shown at once: each one downloads its page's fragment, so the first query stays light. */
const PAGE = 10;

class SiteSearch extends HTMLElement {
  #engine: Promise<ForgivingSearch> | undefined;
  /** The terms of a query: read forgivingly, with the everyday words the build gave (data-rewrites, French only), or as typed. */
  #read!: (query: string) => Term[];
  /** Counts the searches: one that ends after a newer one started is dropped. */
  #generation = 0;
  #t!: Translator<SearchMessage>;
  #input!: HTMLInputElement;
  #filters: Record<string, string[]> = {};
  #shown = PAGE;
  #last: Found | undefined;
  /** The terms of the query whose results are shown. */
  #terms: Term[] = [];
  #facetsLoaded = false;

  connectedCallback(): void {
    const rewrites = this.dataset['rewrites'];
    this.#read = rewrites === undefined ? asTyped : queryReader(JSON.parse(rewrites) as Rewrite[]);
    this.#t = createTranslator(JSON.parse(this.dataset['messages']!) as Record<SearchMessage, string>, this.dataset['locale']!);
    // Open beside the results on a wide screen; folded above them on a phone.
    this.querySelector('details')!.open = matchMedia('(min-width: 60rem)').matches;
    this.#input = this.querySelector('input[type="search"]')!;
    const params = new URLSearchParams(location.search);
    this.#input.value = params.get('q') ?? '';
    for (const [name] of FACETS) {
      const values = params.getAll(name);
      if (values.length > 0) this.#filters[name] = values;
    }
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search();
    });
    this.#input.addEventListener('input', () => void this.#search());
    this.querySelector('.recherche-facettes')!.addEventListener('change', (event) => this.#facetChanged(event.target as HTMLInputElement));
    this.querySelector('[data-action="plus"]')!.addEventListener('click', () => {
      this.#shown += PAGE;
      void this.#render();
    });
    // « / » puts the cursor in the search field, as on most sites with a search.
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      if (event.key === '/' && !target.closest('input, textarea, select, [contenteditable]')) {
        event.preventDefault();
        this.#input.focus();
      }
    });
    if (this.#input.value || Object.keys(this.#filters).length > 0) void this.#search();
    else this.#input.focus();
  }

  #load(): Promise<ForgivingSearch> {
    const url = `${this.dataset['base'] ?? '/'}pagefind/pagefind.js`;
    this.#engine ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
      // The index holds paths from the site's root: results get the base path (GitHub or GitLab Pages) here.
      // A fiche explains a subject in full and is long: Pagefind's default length penalty (0.75) put the
      // shorter place pages that copy its summary above it (« reprendre mes études »). 0.55 to 0.62 keep every
      // reference query of tests/search/requetes.yaml at its rank; 0.5 lets long pages win too often.
      await pagefind.options({ excerptLength: 24, baseUrl: this.dataset['base'] ?? '/', ranking: { pageLength: 0.6 } });
      return new ForgivingSearch(pagefind);
    });
    return this.#engine;
  }

  #facetChanged(box: HTMLInputElement): void {
    const values = new Set(this.#filters[box.name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    if (values.size > 0) this.#filters[box.name] = [...values];
    else delete this.#filters[box.name];
    void this.#search();
  }

  /** Runs the search; `fromStart` goes back to the first results (a new query), not when only the facet counts are refreshed. */
  async #search(fromStart = true): Promise<void> {
    const query = this.#input.value.trim();
    const params = new URLSearchParams(query ? { q: query } : {});
    for (const [name, values] of Object.entries(this.#filters)) values.forEach((v) => params.append(name, v));
    history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
    if (!query && Object.keys(this.#filters).length === 0) {
      this.#last = undefined;
      return this.#render();
    }
    const generation = ++this.#generation;
    let engine: ForgivingSearch;
    try {
      engine = await this.#load();
    } catch {
      this.querySelector('.recherche-statut')!.textContent = this.#t('search.unavailable');
      return;
    }
    // No `filters` key at all without a filter: Pagefind would fetch its filter index for nothing.
    const options = Object.keys(this.#filters).length > 0 ? { filters: this.#filters } : {};
    const terms = query ? this.#read(query) : [];
    const found = await engine.run(terms, options, this.#facetsLoaded);
    if (!found || generation !== this.#generation) return; // a newer search replaced this one
    this.#last = found;
    this.#terms = terms;
    if (fromStart) this.#shown = PAGE;
    await this.#render();
    // Facet counts need the filter index: it loads once the first results are on screen, then the search runs again with counts.
    if (!this.#facetsLoaded) {
      this.#facetsLoaded = true;
      await engine.loadFacets();
      void this.#search(false);
    }
  }

  async #render(): Promise<void> {
    const status = this.querySelector('.recherche-statut')!;
    const list = this.querySelector('.recherche-resultats')!;
    const empty = this.querySelector<HTMLElement>('.recherche-vide')!;
    const everyday = this.querySelector<HTMLElement>('.recherche-mots')!;
    const more = this.querySelector<HTMLButtonElement>('[data-action="plus"]')!;
    const search = this.#last;
    const query = this.#input.value.trim();
    if (!search) {
      status.textContent = '';
      everyday.hidden = true;
      list.innerHTML = '';
      empty.hidden = true;
      more.hidden = true;
      this.#renderFacets({});
      return;
    }
    const count = search.results.length;
    const data = await Promise.all(search.results.slice(0, this.#shown).map((r) => r.data()));
    if (search !== this.#last) return; // a newer search came back meanwhile
    // The list first, then the announcement: what is announced is on screen.
    list.innerHTML = data.map((d) => this.#item(d)).join('');
    status.textContent = this.#status(count, search.complete, query);
    // Everyday words were replaced by the site's: say which, so that the results make sense.
    const replaced = this.#terms.filter((term) => term.means);
    const or = new Intl.ListFormat(this.#t.locale, { type: 'disjunction' });
    everyday.textContent = replaced
      .map(({ typed, means }) =>
        this.#t('search.everyday', { typed, means: or.format(means!.map((text) => this.#t('search.quoted', { text }))) }),
      )
      .join(' ');
    everyday.hidden = replaced.length === 0;
    empty.hidden = count > 0;
    more.hidden = count <= this.#shown;
    this.#renderFacets(search.filters);
  }

  /** « 12 résultats pour « GPDS ». », « Aucun résultat. » when only filters are set; and whether the first results hold every word. */
  #status(count: number, complete: number, query: string): string {
    if (count === 0) return query ? this.#t('search.status.noneFor', { query }) : this.#t('search.status.none');
    const found = query ? this.#t('search.status.countFor', { count, query }) : this.#t('search.status.count', { count });
    if (complete >= count) return found;
    const partial = complete === 0 ? this.#t('search.status.partialNone') : this.#t('search.status.partialSome', { count: complete });
    return `${found} ${partial}`;
  }

  #item({ url, excerpt, meta, filters }: PagefindResultData): string {
    const kicker = [filters['genre']?.[0], meta['commune']].filter(Boolean).join(' · ');
    return `<li class="card">
  ${kicker ? `<p class="kicker">${escape(kicker)}</p>` : ''}
  <a class="card__title" href="${escape(url)}">${escape(meta['title'] ?? url)}</a>
  ${meta['resume'] ? `<p class="card__meta">${escape(meta['resume'])}</p>` : ''}
  <p class="extrait">${excerpt}</p>
</li>`;
  }

  #renderFacets(counts: Counts): void {
    const html = FACETS.map(([name, label]) => {
      const values = Object.entries(counts[name] ?? {})
        .filter(([value, n]) => n > 0 || this.#filters[name]?.includes(value))
        .sort(([a], [b]) => a.localeCompare(b, this.#t.locale));
      if (values.length === 0) return '';
      const boxes = values
        .map(
          ([value, n]) =>
            `<label><input type="checkbox" name="${name}" value="${escape(value)}"${this.#filters[name]?.includes(value) ? ' checked' : ''}> ${escape(value)} <span class="count-n">(${n})</span></label>`,
        )
        .join('');
      return `<fieldset><legend>${escape(this.#t(label))}</legend>${boxes}</fieldset>`;
    }).join('');
    this.querySelector('.recherche-facettes')!.innerHTML = html;
  }
}

customElements.define('site-search', SiteSearch);
