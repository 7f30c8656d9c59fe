/**
 * An e-mail document (src/lib/email/document.ts) as the HTML mail programs
 * render: tables with `role="presentation"` for the layout, 600 px wide and
 * narrower on a small screen, every style inlined by juice from EMAIL_CSS, no
 * script, no stylesheet to fetch, absolute addresses only (an address that is
 * not stops the build rather than mailing a broken link).
 *
 * juice is imported from its `client` entry: the inliner alone, which reads the
 * `<style>` of the string it is given and fetches nothing (its main entry
 * brings web-resource-inliner, which follows `<link>`s).
 */
import juice from 'juice/client.js';
import { escapeHtml } from '../format/html.ts';
import { isAbsoluteUrl, type Block, type EmailDocument, type Inline, type LinkedItem } from './document.ts';
import { EMAIL_CSS } from './styles.ts';

/** The policy of the e-mail versions where the site serves them (src/lib/security/csp.ts EMAIL_POLICY). */
export interface EmailHtmlOptions {
  /** Written in a `<meta>`: read when the site serves the page, ignored once the message is copied. */
  policy: string;
}

function address(url: string): string {
  if (!isAbsoluteUrl(url)) throw new Error(`courriel : l’adresse « ${url} » n’est pas absolue ; un courriel ne peut pas la suivre.`);
  return escapeHtml(url);
}

function inline(item: Inline): string {
  if (typeof item === 'string') return escapeHtml(item);
  switch (item.kind) {
    case 'break':
      return '<br>';
    case 'image':
      return `<img src="${address(item.src)}" alt="${escapeHtml(item.alt)}">`;
    case 'link':
      return `<a href="${address(item.href)}">${inlines(item.content)}</a>`;
    default:
      return `<${item.kind}>${inlines(item.content)}</${item.kind}>`;
  }
}

const inlines = (content: readonly Inline[]) => content.map(inline).join('');

function linkedItem({ title, href, line, text }: LinkedItem): string {
  const head = href ? `<a href="${address(href)}">${escapeHtml(title)}</a>` : `<strong>${escapeHtml(title)}</strong>`;
  const under = line ? `<br><span class="item-line">${escapeHtml(line)}</span>` : '';
  return `<li>${head}${under}${text ? `<br>${escapeHtml(text)}` : ''}</li>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${inlines(b.content)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((item) => `<li>${inlines(item)}</li>`).join('')}</${tag}>`;
    }
    case 'items':
      return `<ul>${b.items.map(linkedItem).join('')}</ul>`;
    case 'button':
      // A table cell carries the colour where a program ignores the link's padding (Outlook's Word engine).
      return `<table role="presentation" class="button"><tbody><tr><td class="button-cell"><a class="button-link" href="${address(b.href)}">${escapeHtml(b.text)}</a></td></tr></tbody></table>`;
    case 'quote':
      return `<blockquote>${b.blocks.map(block).join('')}</blockquote>`;
    case 'rule':
      return '<hr>';
  }
}

/** The whole message, as a complete HTML document with its styles inlined. */
export function emailHtml(doc: EmailDocument, { policy }: EmailHtmlOptions): string {
  const { footer } = doc;
  const source = `<!DOCTYPE html>
<html lang="${escapeHtml(doc.lang)}" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${escapeHtml(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(doc.title)}</title>
<style>${EMAIL_CSS}</style>
</head>
<body>
<table role="presentation" class="outer"><tbody><tr><td class="outer-cell">
<table role="presentation" class="container"><tbody>
<tr><td class="masthead">
<p class="kicker">${escapeHtml(doc.kicker)}</p>
<h1>${escapeHtml(doc.title)}</h1>
</td></tr>
<tr><td class="content">
${doc.blocks.map(block).join('\n')}
</td></tr>
<tr><td class="footer">
<p>${escapeHtml(footer.academie)} · <a href="${address(footer.site.href)}">${escapeHtml(footer.site.text)}</a></p>
<p>${escapeHtml(footer.unsubscribe)}</p>
<p><a href="${address(footer.online.href)}">${escapeHtml(footer.online.text)}</a></p>
</td></tr>
</tbody></table>
</td></tr></tbody></table>
</body>
</html>
`;
  return juice(source, {
    removeStyleTags: true,
    preserveMediaQueries: false,
    preserveFontFaces: false,
    preserveKeyFrames: false,
    preservePseudos: false,
    // Presentational attributes (width, bgcolor, align) are obsolete HTML: the styles say it all.
    applyWidthAttributes: false,
    applyHeightAttributes: false,
    applyAttributesTableElements: false,
  });
}
