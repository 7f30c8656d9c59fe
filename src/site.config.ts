/**
 * The site's identity: what another académie changes to start its own site
 * from this one. Nothing specific to Nouvelle-Aquitaine is written elsewhere in src/:
 * the académies, their départements and what is said of them come from content/
 * (texts naming the académies are built from content/academies.yaml, the map's
 * first view from their départements).
 */
export const SITE = {
  /** Shown in the header and in every page title. */
  name: 'Persévérance scolaire',
  /** Who the network belongs to. */
  territory: 'région académique Nouvelle-Aquitaine',
  /** The territory after « Persévérance scolaire » in the home page's title: « en Nouvelle-Aquitaine », « dans l’académie de Rouen ». */
  inTerritory: 'en Nouvelle-Aquitaine',
  /**
   * The territory's name alone, as translated pages write it (a name is never translated). Its hyphen is a
   * no-break one (U+2011): broken at the hyphen inside an Arabic line, « Nouvelle-Aquitaine » read « -Nouvelle Aquitaine ».
   */
  region: 'Nouvelle\u2011Aquitaine',
  /**
   * This site's name as a producer of data·inclusion data: the `source` of the files
   * /donnees/structures.json and services.json, and the start of each of their ids
   * (« perseverance-scolaire-nouvelle-aquitaine--micro-lycee-agen »). Lower case and dashes.
   */
  producteur: 'perseverance-scolaire-nouvelle-aquitaine',
  /** One sentence, for the home page and meta descriptions. */
  tagline:
    'Les solutions pour rester à l’école ou y revenir, et les ressources des équipes, dans les académies de Bordeaux, Limoges et Poitiers.',
  /**
   * Where the content is edited (issues and pull or merge requests): the forge's type
   * and the repository's web address, `{ type: 'github', url: 'https://github.com/org/depot' }`
   * or `{ type: 'gitlab', url: 'https://forge.apps.education.fr/groupe/depot' }`, and the
   * branch the site is published from when it is not `main` (`branch: 'master'`).
   * Undefined until the project has a public forge: the « Signaler une erreur » links
   * then lead to the « Contribuer » page, which says how to reach the team instead, and
   * pages have no « Modifier cette page » link.
   */
  forge: undefined as { type: 'github' | 'gitlab'; url: string; branch?: string } | undefined,
  /** Legal facts of the publisher; undefined ones are shown as « non renseigné » rather than guessed. */
  legal: {
    editeur: undefined as string | undefined,
    directeurPublication: undefined as string | undefined,
    hebergeur: undefined as string | undefined,
    contact: undefined as string | undefined,
  },
  /**
   * The background of the interactive map: one tile provider. Default: Plan IGN
   * from the Géoplateforme (IGN, open licence). Documented alternative, OpenStreetMap:
   * `{ provider: 'OpenStreetMap', licence: 'ODbL', url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', attribution: '© les contributeurs d’<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>', maxZoom: 19 }`.
   * Tiles are the only requests the site makes to another server, on the map page only.
   */
  tiles: {
    /** Who serves the tiles, for the pages on personal data and legal notices. */
    provider: 'l’IGN (Géoplateforme)',
    licence: 'licence ouverte Etalab',
    url: 'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
    attribution: 'Fond de carte : <a href="https://www.ign.fr/">IGN</a>, Plan IGN',
    maxZoom: 19,
  },
  /**
   * The Semaine de la persévérance scolaire as the network runs it: a paragraph of the
   * Semaine page (plain text, shown after the line built from the académies' names)
   * and the ids, in content/sources.yaml, of the documents it comes from, the main one first.
   */
  semaine: {
    presentation:
      'Elle mobilise les équipes éducatives autour des jeunes, encourage les efforts des élèves et met en valeur le travail de tous, chaque jour. Dans l’académie de Bordeaux, elle s’intitule « un jour, un territoire, une action » : chaque jour, un département est à l’honneur avec une action phare menée sur son territoire. Les parents et les partenaires de l’école peuvent y être associés.',
    sources: ['guide-bordeaux-2020', 'bulletin-semaine'] as string[],
    /** When those documents were last checked, for the page's « mis à jour » line. */
    dateMaj: '2020-01-14',
  },
  /** RGAA conformity, until an audit says otherwise (the footer must say it). */
  accessibilite: 'non conforme' as 'non conforme' | 'partiellement conforme' | 'totalement conforme',
} as const;
