/** A bulletin's e-mail version: the HTML a coordinator opens, copies and pastes into a new message (CONTRIBUTING.md). */
import type { APIContext } from 'astro';
import { bulletins, type Bulletin } from '../../../../content.ts';
import { bulletinEmail, emailFiles } from '../../../../data/email.ts';

export function getStaticPaths() {
  return bulletins.map((bulletin) => ({ params: { id: bulletin.id }, props: { bulletin } }));
}

export function GET({ props, site }: APIContext<{ bulletin: Bulletin }>) {
  return new Response(emailFiles(bulletinEmail(props.bulletin, site)).html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
