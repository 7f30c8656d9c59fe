/** A bulletin's plain-text version, for the lists and the readers that take no HTML (CONTRIBUTING.md). */
import type { APIContext } from 'astro';
import { bulletins, type Bulletin } from '../../../../content.ts';
import { bulletinEmail, emailFiles } from '../../../../data/email.ts';

export function getStaticPaths() {
  return bulletins.map((bulletin) => ({ params: { id: bulletin.id }, props: { bulletin } }));
}

export function GET({ props, site }: APIContext<{ bulletin: Bulletin }>) {
  return new Response(emailFiles(bulletinEmail(props.bulletin, site)).text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
