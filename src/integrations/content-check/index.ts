/**
 * Checks all content before Astro loads it, and fails the build with every
 * problem at once: Astro's own loaders stop at the first invalid entry.
 * The same function serves the build (this integration) and the tests.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CROSS_CHECKS } from './cross.ts';
import { checkMedia } from './media.ts';
import { formatReport, formatWarnings, type Problem } from './problem.ts';
import { readContent } from './read.ts';
import { validateEntries, type ParsedEntry } from './validate.ts';

export interface ContentCheck {
  entries: ParsedEntry[];
  /** What stops the build. */
  problems: Problem[];
  /** What is said and does not stop it (translations behind the French: translations.ts). */
  warnings: Problem[];
}

/** Reads, validates and cross-checks the content under `root`/content. */
export function checkContent(root: string): ContentCheck {
  const read = readContent(root);
  const { parsed, problems } = validateEntries(read.entries, read.unreadable);
  const cross = CROSS_CHECKS.flatMap((check) => check(parsed, read.entries, { root, unreadable: read.unreadable }));
  // The media folder is published as it is: its files are checked like the rest (media.ts).
  const all = [...read.problems, ...problems, ...cross, ...checkMedia(root)];
  return { entries: parsed, problems: all.filter((p) => !p.warning), warnings: all.filter((p) => p.warning) };
}

export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatReport(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const started = performance.now();
        const { entries, problems, warnings } = checkContent(fileURLToPath(config.root));
        if (problems.length > 0) throw new ContentError(problems);
        if (warnings.length > 0) logger.warn(formatWarnings(warnings));
        logger.info(`${entries.length} entrées vérifiées en ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
