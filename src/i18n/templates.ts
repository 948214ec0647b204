/**
 * Filling the interface's templates: `{name}` placeholders, plural forms, and a template
 * split around the one placeholder a page fills with markup. Pure (no file read, nothing
 * of Vite's), so the pages, the endpoints and the tests that say what a page must read
 * fill the same words in the same way.
 */
import type { Lang } from './locales';

/** A template with its placeholders filled: `fill('{count}개', { count: 3 })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for {${name}} in "${template}"`);
    return String(values[name]);
  });
}

/**
 * A template around one placeholder that a page fills with markup (a link, a `<time>`):
 * the text before it and after it, the other placeholders filled from `values`.
 * `around('{date} 기준', 'date')` → `['', ' 기준']`.
 */
export function around(
  template: string,
  name: string,
  values: Record<string, string | number> = {},
): [before: string, after: string] {
  const parts = template.split(`{${name}}`);
  if (parts.length !== 2) throw new Error(`"${template}" must hold {${name}} exactly once`);
  return [fill(parts[0]!, values), fill(parts[1]!, values)];
}

/** The plural form for `count` in `lang`, filled: `{ one: '{count} event', other: '{count} events' }`. */
export function plural(
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
  count: number,
  lang: Lang,
  values: Record<string, string | number> = {},
): string {
  const form = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
  return fill(form, { count, ...values });
}
