/**
 * The terms the record is published under: its own text and data under CC BY 4.0 (the
 * newsroom and open-data convention), the code under MIT (`LICENSE`). Passages quoted from
 * sources are not the record's to license: they stay their publishers'. The words that say
 * so are `terms` in each language's `ui.json`.
 */
export const RECORD_LICENCE = {
  /** SPDX identifier, for data files and `datapackage.json`. */
  id: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The code's licence: the repository's `LICENSE`. */
export const CODE_LICENCE = { id: 'MIT', name: 'MIT' } as const;
