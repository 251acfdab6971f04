import { isLang, type Lang } from './lang';

const STORAGE_KEY = 'fengqiao.lang';

export function loadLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLang(saved) ? saved : 'zh';
  } catch {
    // Storage can be disabled by policy on shared office machines; Chinese is the safe default.
    return 'zh';
  }
}

export function saveLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not being able to remember the choice is harmless.
  }
}
