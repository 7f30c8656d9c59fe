/** A lettre's e-mail version: the HTML a coordinator opens, copies and pastes into a new message (CONTRIBUTING.md). */
import type { APIContext } from 'astro';
import { emailFiles, lettreEmail } from '../../../data/email.ts';
import { lettreViews, type LettreView } from '../../../data/lettres.ts';

export function getStaticPaths() {
  return lettreViews.map((lettre) => ({ params: { id: lettre.id }, props: { lettre } }));
}

export function GET({ props, site }: APIContext<{ lettre: LettreView }>) {
  return new Response(emailFiles(lettreEmail(props.lettre, site)).html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
