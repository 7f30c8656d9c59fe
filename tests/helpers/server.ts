/** The local static server, shared with the benchmarks (scripts/lib/static-server.ts). */
export { serve, type StaticSite } from '../../scripts/lib/static-server.ts';
