import type { Lang } from '../app/i18n/lang';
import { ApiError } from './api-error';

const NETWORK_MESSAGE = {
  zh: '网络连接失败，请检查网络后重试',
  en: 'Could not reach the server: check the network and try again',
};
const UNKNOWN_MESSAGE = { zh: '出现未知错误，请稍后重试', en: 'Something went wrong, please try again' };

/** The sentence to show a user for any thrown value, in the chosen language. */
export function describeError(error: unknown, lang: Lang): string {
  if (error instanceof ApiError) return lang === 'zh' ? error.messageZh || error.message : error.message;
  // fetch rejects with a TypeError when the network is down, which is the common case on phones.
  if (error instanceof TypeError) return NETWORK_MESSAGE[lang];
  return UNKNOWN_MESSAGE[lang];
}

/** When a locked account may try again (ACCOUNT_LOCKED carries `details.lockedUntil`). */
export function lockedUntil(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'ACCOUNT_LOCKED') return null;
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('lockedUntil' in details)) return null;
  return typeof details.lockedUntil === 'string' ? details.lockedUntil : null;
}

/** 404 from a record endpoint: the record is missing or outside the user's scope (the server does not say which). */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
