import { checkIdNumber, maskIdNumber, maskName, maskPhone, normalizeMobile } from '@fengqiao/domain';
import { normalizePhone } from './person-pii';

/** What a search box term is: a resident ID or phone number (found by blind index only), or a name. */
export type SearchTerm =
  | { kind: 'id_number'; normalized: string }
  | { kind: 'phone'; normalized: string }
  | { kind: 'name'; text: string; pinyin: string };

const ID_LIKE = /^[\dXx\s]{15,20}$/;
const PHONE_LIKE = /^[+\d\s-]{7,20}$/;
const PINYIN_LIKE = /^[A-Za-z\s']+$/;

export function classifySearch(q: string): SearchTerm {
  const text = q.trim();
  if (ID_LIKE.test(text)) {
    const id = checkIdNumber(text);
    if (id.ok) return { kind: 'id_number', normalized: id.normalized };
  }
  if (PHONE_LIKE.test(text)) {
    const phone = normalizeMobile(text) ?? landline(text);
    if (phone) return { kind: 'phone', normalized: phone };
  }
  return { kind: 'name', text, pinyin: PINYIN_LIKE.test(text) ? text.toLowerCase().replace(/[\s']+/g, '') : '' };
}

/** What an audit row may say about a search: its kind and a masked form, never the term in clear. */
export function auditedSearch(term: SearchTerm): { kind: SearchTerm['kind']; masked: string | null } {
  switch (term.kind) {
    case 'id_number':
      return { kind: term.kind, masked: maskIdNumber(term.normalized) };
    case 'phone':
      return { kind: term.kind, masked: maskPhone(term.normalized) };
    case 'name':
      return { kind: term.kind, masked: maskName(term.text) };
  }
}

function landline(text: string): string | null {
  try {
    return normalizePhone(text);
  } catch {
    return null;
  }
}
