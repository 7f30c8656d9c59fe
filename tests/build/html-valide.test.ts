/**
 * Every built page is valid HTML (RGAA 8.2: « le code source généré est valide »),
 * checked by html-validate with the project's `.htmlvalidate.json`:
 * `html-validate:recommended`, with five exceptions (that file is plain JSON,
 * read with JSON.parse, so they are explained here):
 * - `long-title` off: pages carry official texts' titles verbatim (a circulaire,
 *   a loi); RGAA 8.6 asks for a relevant title, not a short one.
 * - `prefer-native-element` allows `combobox` and `listbox`: the map's commune
 *   search is the ARIA editable combobox pattern, which no `<select>` can do.
 * - `tel-non-breaking` ignores `.phone`: global.css keeps it on one line
 *   (`white-space: nowrap`) and the text stays as editors wrote it.
 * - `wcag/h32` off: the two forms without a submit button send nothing (the
 *   map's search runs in the page, the lettre de mission is filled in to print).
 * - `form-dup-name` lets checkboxes share a name, as HTML means them to: the map's
 *   « type » boxes are one field with several values (`?type=a&type=b`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { ROOT } from '../helpers/paths.ts';

const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);

describe('the HTML of the built site', () => {
  it('is valid on every page', async () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(100);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.path);
      for (const { messages } of report.results)
        for (const m of messages) errors.push(`${page.path}:${m.line}:${m.column} ${m.ruleId} — ${m.message}`);
    }
    expect(errors).toEqual([]);
  });
});
