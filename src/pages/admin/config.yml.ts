/** /admin/config.yml: the CMS configuration, generated from the schemas at build (src/lib/editor/cms-config.ts). */
import type { APIRoute } from 'astro';
import { getCollection, type CollectionKey } from 'astro:content';
import { backendFromEnv, cmsConfigYaml } from '../../lib/editor/cms-config.ts';
import type { CollectionName } from '../../schemas/common.ts';

export const GET: APIRoute = async () => {
  const ids = new Map<string, string[]>();
  for (const name of ['academies', 'etablissements', 'fiches', 'sources', 'ressources', 'dispositifs', 'glossaire'] as const) {
    ids.set(name, (await getCollection(name as CollectionKey)).map((entry) => entry.id).sort());
  }
  const yaml = cmsConfigYaml(backendFromEnv(process.env), (collection: CollectionName) => ids.get(collection) ?? []);
  return new Response(yaml, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
