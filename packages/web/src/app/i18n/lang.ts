export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** Picks the right half of the `{ zh, en }` label records the domain package exports. */
export function pickLabel(label: { zh: string; en: string } | undefined, lang: Lang, fallback = ''): string {
  return label ? label[lang] : fallback;
}
