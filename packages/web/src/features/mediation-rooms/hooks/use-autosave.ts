import { useEffect, useRef, useState } from 'react';
import { Autosaver, type AutosaveSnapshot } from '../lib/autosave';

const IDLE_MS = 2000;
const MAX_WAIT_MS = 5000;

/**
 * A text kept in the page and stored a few seconds after each change (see `Autosaver`); what is left unsaved is
 * stored when the page closes. `initial` is read once: a later refetch never overwrites what is being typed.
 */
export function useAutosave(initial: string, save: (text: string) => Promise<unknown>) {
  const [text, setText] = useState(initial);
  const [snapshot, setSnapshot] = useState<AutosaveSnapshot>({ status: 'saved', savedAt: null, error: null });
  const saveRef = useRef(save);
  saveRef.current = save;
  const textRef = useRef(initial);
  const saverRef = useRef<Autosaver | null>(null);

  // Made in the effect, so React's development double mount gets a live saver and a closed page flushes its own.
  useEffect(() => {
    const saver = new Autosaver({
      initial: textRef.current,
      idleMs: IDLE_MS,
      maxWaitMs: MAX_WAIT_MS,
      save: async (value) => {
        await saveRef.current(value);
      },
      onChange: setSnapshot,
    });
    saverRef.current = saver;
    return () => {
      void saver.flush();
      saver.dispose();
    };
  }, []);

  return {
    text,
    snapshot,
    change: (value: string) => {
      textRef.current = value;
      setText(value);
      saverRef.current?.change(value);
    },
    flush: () => saverRef.current?.flush() ?? Promise.resolve(),
  };
}
