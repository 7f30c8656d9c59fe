/**
 * The datasets of /donnees/, each with its files: the page lists the files from
 * them, and describes them for data catalogues and dataset search engines as
 * schema.org `Dataset`s (JSON-LD) in one `DataCatalog`.
 */
import { actions, fiches } from '../content.ts';
import type { T } from '../i18n/dictionaries.ts';
import { DATA_INCLUSION_SCHEMA } from '../lib/data-inclusion.ts';
import { absoluteHref, paths } from '../lib/paths.ts';
import { SITE } from '../site.config.ts';
import { calendarOffered } from './calendar.ts';
import { serviceRows, structureRows } from './data-inclusion.ts';
import { actionRows, donneesPaths, ficheRows, placeRows } from './open-data.ts';

export interface DatasetFile {
  path: string;
  /** As the page names it: « JSON », « CSV (UTF-8, virgules, RFC 4180) ». */
  format: string;
  /** Its media type, for catalogues. */
  mediaType: string;
  /** What it holds, as the page says it. */
  what: string;
}

export interface Dataset {
  /** The fragment of its `@id`: « dispositifs ». */
  id: string;
  name: string;
  description: string;
  files: DatasetFile[];
  /** How many records its first file holds. */
  records: number;
  /** The latest `date_maj` of its records (YYYY-MM-DD). */
  dateModified: string | undefined;
  /** The schema its records follow, when it is not the site's own. */
  schemaVersion?: string;
}

const latest = (rows: readonly { date_maj: string }[]) =>
  rows
    .map((row) => row.date_maj)
    .sort()
    .at(-1);

export function datasets(t: T, site: URL | undefined): Dataset[] {
  const places = placeRows(site);
  const structures = structureRows(site);
  const services = serviceRows(site);
  /** The structures or the services, in the data·inclusion schema: JSON and CSV. */
  const dataInclusion = (
    texts: { id: 'structures' | 'services'; name: string; description: string },
    rows: readonly { date_maj: string }[],
    what: string,
  ) => ({
    ...texts,
    files: [json(donneesPaths[texts.id], what), csv(donneesPaths[`${texts.id}Csv`], t('donnees.files.csv'))],
    records: rows.length,
    dateModified: latest(rows),
    schemaVersion: DATA_INCLUSION_SCHEMA.repository,
  });
  const json = (path: string, what: string) => ({ path, format: 'JSON', mediaType: 'application/json', what });
  const csv = (path: string, what: string) => ({ path, format: t('donnees.files.csvFormat'), mediaType: 'text/csv', what });
  return [
    {
      id: 'dispositifs',
      name: t('donnees.dataset.dispositifs.name'),
      description: t('donnees.dataset.dispositifs.description', { territory: SITE.territory }),
      files: [
        json(donneesPaths.json, t('donnees.files.dispositifs', { count: places.length })),
        csv(donneesPaths.csv, t('donnees.files.csv')),
        { path: donneesPaths.geojson, format: 'GeoJSON', mediaType: 'application/geo+json', what: t('donnees.files.geojson') },
      ],
      records: places.length,
      dateModified: latest(places),
    },
    dataInclusion(
      { id: 'structures', name: t('donnees.dataset.structures.name'), description: t('donnees.dataset.structures.description') },
      structures,
      t('donnees.files.structures', { count: structures.length }),
    ),
    dataInclusion(
      { id: 'services', name: t('donnees.dataset.services.name'), description: t('donnees.dataset.services.description') },
      services,
      t('donnees.files.services', { count: services.length }),
    ),
    {
      id: 'fiches',
      name: t('donnees.dataset.fiches.name'),
      description: t('donnees.dataset.fiches.description'),
      files: [json(donneesPaths.fiches, t('donnees.files.fiches', { count: fiches.length }))],
      records: fiches.length,
      dateModified: latest(ficheRows(site)),
    },
    {
      id: 'actions',
      name: t('donnees.dataset.actions.name'),
      description: t('donnees.dataset.actions.description'),
      files: [
        json(donneesPaths.actions, t('donnees.files.actions', { count: actions.length })),
        // The calendar exists once it has an event (src/data/calendar.ts).
        ...(calendarOffered
          ? [{ path: donneesPaths.ics, format: 'iCalendar', mediaType: 'text/calendar', what: t('donnees.files.ics') }]
          : []),
      ],
      records: actions.length,
      dateModified: latest(actionRows(site)),
    },
  ];
}

/**
 * The datasets as schema.org JSON-LD (https://schema.org/Dataset): licence,
 * formats and addresses of the files, dates, and the schema they follow. A
 * dataset without a record (no action published yet) is not announced.
 */
export function dataCatalog(list: readonly Dataset[], site: URL | undefined) {
  const page = absoluteHref(paths.donnees, site);
  const publisher = { '@type': 'Organization', name: `${SITE.name} — ${SITE.territory}`, url: absoluteHref('/', site) };
  return {
    '@type': 'DataCatalog',
    '@id': `${page}#catalogue`,
    name: `${SITE.name} — ${SITE.territory}`,
    url: page,
    publisher,
    inLanguage: 'fr',
    dataset: list
      .filter((dataset) => dataset.records > 0)
      .map((dataset) => ({
        '@type': 'Dataset',
        '@id': `${page}#${dataset.id}`,
        name: dataset.name,
        description: dataset.description,
        url: page,
        license: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
        isAccessibleForFree: true,
        inLanguage: 'fr',
        creator: publisher,
        publisher,
        spatialCoverage: { '@type': 'Place', name: SITE.territory },
        dateModified: dataset.dateModified,
        schemaVersion: dataset.schemaVersion,
        distribution: dataset.files.map((file) => ({
          '@type': 'DataDownload',
          name: file.path.split('/').pop(),
          encodingFormat: file.mediaType,
          contentUrl: absoluteHref(file.path, site),
        })),
      })),
  };
}
