/** A lettre's plain-text version, for the lists and the readers that take no HTML (CONTRIBUTING.md). */
import type { APIContext } from 'astro';
import { emailFiles, lettreEmail } from '../../../data/email.ts';
import { lettreViews, type LettreView } from '../../../data/lettres.ts';

export function getStaticPaths() {
  return lettreViews.map((lettre) => ({ params: { id: lettre.id }, props: { lettre } }));
}

export function GET({ props, site }: APIContext<{ lettre: LettreView }>) {
  return new Response(emailFiles(lettreEmail(props.lettre, site)).text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
