import { formatBeijingDate, formatBeijingDateTimeOrBlank } from '@fengqiao/domain';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { dictionaries, type MessageKey } from './dictionaries';
import { type I18n, I18nContext } from './i18n-context';
import { type Lang, pickLabel } from './lang';
import { loadLang, saveLang } from './language-store';
import { type MessageParams, translate } from './translate';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(loadLang);

  const setLang = useCallback((next: Lang) => {
    saveLang(next);
    setLangState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = dictionaries[lang]['app.name'];
  }, [lang]);

  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key: MessageKey, params?: MessageParams) => translate(dictionaries[lang], key, params),
      label: (entry, fallback) => pickLabel(entry, lang, fallback),
      date: (value) => (value ? formatBeijingDate(value, lang) : ''),
      dateTime: (value) => formatBeijingDateTimeOrBlank(value, lang),
    }),
    [lang, setLang],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
