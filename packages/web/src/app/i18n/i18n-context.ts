import { createContext } from 'react';
import type { MessageKey } from './dictionaries';
import type { Lang } from './lang';
import type { MessageParams } from './translate';

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
  /** The current language's half of a domain `{ zh, en }` label. */
  label: (value: { zh: string; en: string } | undefined, fallback?: string) => string;
  /** A day in Beijing time (`2026年12月7日`), from the domain's one formatter; blank for a missing value. */
  date: (value: string | null | undefined) => string;
  /** An instant in Beijing time to the minute (`2026年12月7日 14:05`); blank for a missing value. */
  dateTime: (value: string | null | undefined) => string;
}

export const I18nContext = createContext<I18n | null>(null);
