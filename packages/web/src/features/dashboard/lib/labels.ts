import type { Lang } from '../../../app/i18n/lang';

/** The current language's half of a statistics label (`labelZh` / `labelEn`, `textZh` / `textEn`). */
export function labelOf(item: { labelZh: string; labelEn: string }, lang: Lang): string {
  return lang === 'en' ? item.labelEn : item.labelZh;
}

export function textOf(item: { textZh: string; textEn: string }, lang: Lang): string {
  return lang === 'en' ? item.textEn : item.textZh;
}

/** A percentage to one decimal, as the server rounded it (92.5 → `92.5%`). */
export function percentText(value: number): string {
  return `${value.toFixed(1)}%`;
}
