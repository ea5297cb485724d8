import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { NoticeDraft } from '../../../contract/imports.contract';
import { loadDraft, saveDraft } from './draft-storage';
import { draftReducer, draftStateFrom, isStructural } from './notice-draft.reducer';
import type { DraftAction, DraftState } from './notice-draft.types';

interface DraftStore {
  draft: DraftState | null;
  /** earlier states, newest last, for 撤销 of list operations (kept in memory only) */
  undo: DraftState[];
}

type StoreAction = DraftAction | { type: 'load'; source: NoticeDraft } | { type: 'discard' } | { type: 'undo' };

const MAX_UNDO = 30;
const SAVE_DELAY_MS = 300;

function storeReducer(store: DraftStore, action: StoreAction): DraftStore {
  switch (action.type) {
    case 'load':
      return { draft: draftStateFrom(action.source), undo: [] };
    case 'discard':
      return { draft: null, undo: [] };
    case 'undo': {
      const previous = store.undo[store.undo.length - 1];
      return previous === undefined ? store : { draft: previous, undo: store.undo.slice(0, -1) };
    }
    default: {
      if (store.draft === null) return store;
      const next = draftReducer(store.draft, action);
      if (next === store.draft) return store;
      return { draft: next, undo: isStructural(action) ? [...store.undo, store.draft].slice(-MAX_UNDO) : store.undo };
    }
  }
}

/**
 * The draft being corrected, kept in localStorage as the clerk types (debounced, and flushed when the page
 * is hidden or left), with undo for list operations.
 */
export function useNoticeDraft(userId: number) {
  const [store, dispatchStore] = useReducer(storeReducer, userId, (id) => ({ draft: loadDraft(id), undo: [] }));
  const [isSaveFailing, setSaveFailing] = useState(false);
  const latest = useRef(store.draft);
  latest.current = store.draft;

  useEffect(() => {
    const timer = window.setTimeout(() => setSaveFailing(!saveDraft(userId, store.draft)), SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [userId, store.draft]);

  useEffect(() => {
    const flush = () => saveDraft(userId, latest.current);
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [userId]);

  const dispatch = useCallback((action: DraftAction) => dispatchStore(action), []);
  const load = useCallback((source: NoticeDraft) => dispatchStore({ type: 'load', source }), []);
  const discard = useCallback(() => {
    saveDraft(userId, null);
    dispatchStore({ type: 'discard' });
  }, [userId]);
  const undo = useCallback(() => dispatchStore({ type: 'undo' }), []);

  return { draft: store.draft, dispatch, load, discard, undo, canUndo: store.undo.length > 0, isSaveFailing };
}
