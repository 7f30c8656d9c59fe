/** Where the map page's data files are, for the endpoints that write them and the page that reads them. */
export const MAP_FILES = {
  places: '/carte/lieux.json',
  communes: '/carte/communes.json',
} as const;
