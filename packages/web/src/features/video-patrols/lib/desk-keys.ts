/** The keys of the monitoring-centre desk while running a round. */
export type DeskKey = 'previous' | 'next' | 'normal' | 'finding' | 'submit' | 'cancel';

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Where the key was typed: typing in a field never moves the round on, except Ctrl+Enter and Esc. */
  inField: boolean;
}

export function deskKey(event: KeyLike): DeskKey | null {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return 'submit';
  if (event.key === 'Escape') return 'cancel';
  if (event.inField || event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'k':
      return 'previous';
    case 'ArrowRight':
    case 'ArrowDown':
    case 'j':
      return 'next';
    case '1':
      return 'normal';
    case '2':
      return 'finding';
    default:
      return null;
  }
}

/** Whether a key event comes from something the user types into (inputs, text areas, antd selects). */
export function typedInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
