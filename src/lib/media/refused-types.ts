/**
 * What to do instead of uploading a file of a refused type, by extension:
 * the message of the media check (src/integrations/content-check/media.ts).
 * Extensions not listed get the general advice.
 */

const GROUPS: readonly { extensions: readonly string[]; fix: string }[] = [
  {
    extensions: ['html', 'htm', 'xhtml', 'shtml', 'php', 'phtml', 'asp', 'aspx', 'jsp', 'cgi', 'py', 'pl', 'rb'],
    fix: 'une page web ou un programme serait publié à l’adresse du site. Mettez plutôt un lien vers la page (https://…), ou convertissez-la en PDF.',
  },
  {
    extensions: ['js', 'mjs', 'cjs', 'ts', 'css', 'wasm', 'json', 'xml', 'xsl', 'xslt', 'map', 'swf'],
    fix: 'un script, une feuille de style ou des données ne viennent pas du contenu. Retirez le fichier ; si le site en a besoin, un mainteneur l’ajoute au code.',
  },
  {
    extensions: [
      'doc',
      'xls',
      'ppt',
      'pptx',
      'odp',
      'rtf',
      'docm',
      'xlsm',
      'pptm',
      'dotx',
      'dotm',
      'xltx',
      'ott',
      'ots',
      'pages',
      'numbers',
      'key',
    ],
    fix: 'convertissez-le en PDF (ou, pour un modèle à remplir, enregistrez-le en .docx, .xlsx, .odt ou .ods, sans macros).',
  },
  {
    extensions: ['heic', 'heif', 'tif', 'tiff', 'bmp', 'ico', 'psd', 'ai', 'eps', 'svgz', 'jfif', 'raw', 'cr2', 'nef'],
    fix: 'les navigateurs ne l’affichent pas tous : convertissez l’image en JPEG, PNG ou WebP (ou en SVG pour un logo).',
  },
  {
    extensions: ['mp4', 'webm', 'mov', 'avi', 'mkv', 'mp3', 'ogg', 'oga', 'wav', 'm4a', 'flac'],
    fix: 'les vidéos et les sons ne sont pas hébergés sur le site : déposez-les sur une plateforme de vidéo ou de podcast et mettez un lien vers la page.',
  },
  {
    extensions: ['zip', 'rar', '7z', 'tar', 'gz', 'exe', 'msi', 'dmg', 'apk', 'sh', 'bat', 'cmd', 'ps1', 'jar', 'vbs', 'lnk', 'scr'],
    fix: 'une archive ou un programme ne se publie pas : retirez-le, et déposez chaque document en PDF.',
  },
];

const FIXES = new Map(GROUPS.flatMap(({ extensions, fix }) => extensions.map((e) => [e, fix] as const)));

/** The fix for a refused extension (without its dot; empty for a file without extension). */
export function refusedTypeFix(extension: string): string {
  if (extension === '') return 'ajoutez l’extension qui correspond à son contenu (.pdf, .png…), ou retirez-le.';
  return FIXES.get(extension) ?? 'retirez-le, ou convertissez-le en PDF (document) ou en PNG, JPEG ou WebP (image).';
}
