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
}

export const I18nContext = createContext<I18n | null>(null);
