import { useIsMobile } from './use-is-mobile';

/** The smallest tap target a finger hits reliably on a phone (44 px); a desktop row keeps its compact button. */
const PHONE_ROW_BUTTON = { size: 'large', style: { minHeight: 44 } } as const;
const DESKTOP_ROW_BUTTON = { size: 'small' } as const;

/** Props for a button inside a list row or card: small on a desktop, at least 44 px high on a phone. */
export function useRowButtonProps(): typeof PHONE_ROW_BUTTON | typeof DESKTOP_ROW_BUTTON {
  return useIsMobile() ? PHONE_ROW_BUTTON : DESKTOP_ROW_BUTTON;
}
