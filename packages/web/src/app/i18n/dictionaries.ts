import { en } from './en';
import type { Lang } from './lang';
import { type MessageKey, zh } from './zh';

export type { MessageKey };

export const dictionaries: Record<Lang, Readonly<Record<MessageKey, string>>> = { zh, en };
