// Quiet confirmations with an Undo, instead of "Are you sure?" dialogs.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { errorMessage } from '../api';
import { Icon } from './Icon';

interface NoticeItem {
  id: number;
  text: string;
  undo?: () => Promise<unknown> | void;
}

type Notify = (text: string, undo?: () => Promise<unknown> | void) => void;

const NoticeContext = createContext<Notify>(() => undefined);

export const useNotice = (): Notify => useContext(NoticeContext);

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [item, setItem] = useState<NoticeItem | null>(null);
  const [undoError, setUndoError] = useState<string | null>(null);
  const seq = useRef(0);
  const box = useRef<HTMLDivElement>(null);

  const notify = useCallback<Notify>((text, undo) => {
    seq.current += 1;
    setUndoError(null);
    setItem({ id: seq.current, text, ...(undo ? { undo } : {}) });
  }, []);

  useEffect(() => {
    if (!item) return;
    const t = window.setInterval(() => {
      // Stay while the keyboard or pointer is on it.
      if (box.current?.contains(document.activeElement) || box.current?.matches(':hover')) return;
      setItem(null);
      window.clearInterval(t);
    }, 8000);
    return () => window.clearInterval(t);
  }, [item]);

  const runUndo = async () => {
    if (!item?.undo) return;
    try {
      await item.undo();
      setItem({ id: item.id + 1000, text: 'Undone.' });
    } catch (e) {
      setUndoError(errorMessage(e));
    }
  };

  return (
    <NoticeContext.Provider value={notify}>
      {children}
      <div className="notice-region" role="status" aria-live="polite" ref={box}>
        {item ? (
          <div className="notice" key={item.id}>
            <Icon name="check" />
            <span className="notice-text">{undoError ?? item.text}</span>
            {item.undo && !undoError ? (
              <button type="button" className="btn btn-quiet btn-sm" onClick={() => void runUndo()}>
                <Icon name="undo" />
                Undo
              </button>
            ) : null}
            <button
              type="button"
              className="btn btn-quiet btn-sm btn-icon"
              onClick={() => setItem(null)}
            >
              <Icon name="close" />
              <span className="visually-hidden">Dismiss</span>
            </button>
          </div>
        ) : null}
      </div>
    </NoticeContext.Provider>
  );
}
