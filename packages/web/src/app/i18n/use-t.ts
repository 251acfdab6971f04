import { useContext } from 'react';
import { type I18n, I18nContext } from './i18n-context';

export function useT(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useT must be used inside I18nProvider');
  return i18n;
}
