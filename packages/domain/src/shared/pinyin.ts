/**
 * Search keys for Chinese names: a person is findable by full pinyin and by initials (张三 ← `zhangsan`, `zs`).
 */
import { pinyin } from 'pinyin-pro';

export interface NameSearchKeys {
  /** Full pinyin, lower case, no tones or spaces (`zhangsan`); ü is written `v` (吕 → `lv`). */
  pinyin: string;
  /** First letter of each character's pinyin (`zs`). */
  initials: string;
}

/** Whitespace and the name separators used in transliterated names (艾力·买买提). */
const SEPARATORS = /[\s·・•‧]+/gu;

/**
 * The pinyin and initials of a name. The surname (the head of the name, including compound surnames such as
 * 欧阳) is read with its surname pronunciation (曾 → zeng, 单 → shan, 区 → ou); the rest is read normally.
 * Characters that are not Chinese are kept, lower-cased, in both keys; spaces and name dots are dropped.
 */
export function nameSearchKeys(name: string): NameSearchKeys {
  const text = name.normalize('NFKC').replace(SEPARATORS, '');
  if (text === '') return { pinyin: '', initials: '' };
  const options = { toneType: 'none', mode: 'surname', surname: 'head', v: true, type: 'array' } as const;
  return {
    pinyin: pinyin(text, options).join('').toLowerCase(),
    initials: pinyin(text, { ...options, pattern: 'first' })
      .join('')
      .toLowerCase(),
  };
}
