import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { errorMessage, hasErrorCode, newIdempotencyKey } from '../../api/http-client';
import type { Attachment, WeeklyUpdate } from '../../../contract/weekly.contract';
import { saveWeeklyDraft, weeklyKeys } from './use-weekly.query';
import type { StoredDraft, WeeklyDraft } from './weekly-draft.util';
import { clearStoredDraft, draftFromUpdate, draftToInput, readStoredDraft, sameDraft, writeStoredDraft } from './weekly-draft.util';

const AUTOSAVE_DELAY_MS = 1500;
const RETRY_DELAY_MS = 10_000;

export type SaveState = 'idle' | 'saving' | 'saved' | 'error' | 'conflict' | 'locked';

export interface WeeklyAutosave {
  draft: WeeklyDraft;
  /** the update as the server last answered it (id, version, flags, attachments) */
  latest: WeeklyUpdate;
  saveState: SaveState;
  savedAt: Date | null;
  errorText: string | null;
  /** a copy left on this device from an older version of the update, offered for restore */
  staleCopy: StoredDraft | null;
  change: (patch: Partial<WeeklyDraft>) => void;
  /** saves now (blur, before submit, before an upload); null when the save failed */
  saveNow: (force?: boolean) => Promise<WeeklyUpdate | null>;
  restoreStaleCopy: () => void;
  discardStaleCopy: () => void;
  /** attachments are saved by their own requests; this keeps the list on screen in step */
  setAttachments: (attachments: Attachment[]) => void;
}

/**
 * Autosave of a weekly draft: ~1.5 s after typing stops and on blur, with the server's `version` carried from
 * each answer. A 409 VERSION_CONFLICT stops saving (never overwrite someone else); every change is also kept in
 * localStorage until the server has it.
 */
export function useWeeklyAutosave(update: WeeklyUpdate): WeeklyAutosave {
  const { projectId, week } = update;
  const queryClient = useQueryClient();
  const [initial] = useState(() => {
    const server = draftFromUpdate(update);
    const stored = readStoredDraft(projectId, week);
    if (!stored || sameDraft(stored.draft, server)) return { draft: server, pending: false, stale: null };
    if (stored.baseVersion === update.version) return { draft: stored.draft, pending: true, stale: null };
    return { draft: server, pending: false, stale: stored };
  });
  const [draft, setDraft] = useState<WeeklyDraft>(initial.draft);
  const [latest, setLatest] = useState<WeeklyUpdate>(update);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [errorText, setErrorText] = useState<string | null>(null);
  const [staleCopy, setStaleCopy] = useState<StoredDraft | null>(initial.stale);

  const draftRef = useRef(draft);
  const latestRef = useRef(update);
  const changeSeq = useRef(initial.pending ? 1 : 0);
  const savedSeq = useRef(0);
  const inFlight = useRef<Promise<WeeklyUpdate | null> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const isStopped = useRef(false);
  const unansweredSave = useRef<{ content: string; key: string } | null>(null);

  const saveNow = useCallback(
    async (force = false): Promise<WeeklyUpdate | null> => {
      window.clearTimeout(timer.current);
      if (isStopped.current) return null;
      if (inFlight.current) {
        await inFlight.current;
        return saveNow(force);
      }
      const nothingNew = savedSeq.current === changeSeq.current;
      if (nothingNew && !(force && latestRef.current.id === null)) return latestRef.current;
      const seq = changeSeq.current;
      setSaveState('saving');
      const input = draftToInput(draftRef.current, latestRef.current.version);
      // a save whose answer was lost is retried with its key while the content is the same (the server then answers
      // it once, instead of a version conflict with itself); new content is a new save with a new key
      const content = JSON.stringify(input);
      if (unansweredSave.current?.content !== content) unansweredSave.current = { content, key: newIdempotencyKey() };
      const request = saveWeeklyDraft(projectId, week, input, unansweredSave.current.key)
        .then((saved) => {
          unansweredSave.current = null;
          latestRef.current = saved;
          savedSeq.current = seq;
          setLatest(saved);
          setSavedAt(new Date());
          setSaveState('saved');
          setErrorText(null);
          if (seq === changeSeq.current) clearStoredDraft(projectId, week);
          queryClient.setQueryData(weeklyKeys.update(projectId, week), saved);
          return saved;
        })
        .catch((error: unknown) => {
          if (hasErrorCode(error, 'VERSION_CONFLICT')) {
            isStopped.current = true;
            setSaveState('conflict');
          } else if (hasErrorCode(error, 'UPDATE_LOCKED')) {
            isStopped.current = true;
            setSaveState('locked');
            setErrorText(errorMessage(error));
          } else {
            setSaveState('error');
            setErrorText(errorMessage(error));
            if (hasErrorCode(error, 'NETWORK_ERROR')) {
              timer.current = window.setTimeout(() => void saveNow(), RETRY_DELAY_MS);
            }
          }
          return null;
        })
        .finally(() => {
          inFlight.current = null;
        });
      inFlight.current = request;
      return request;
    },
    [projectId, week, queryClient],
  );

  const change = useCallback(
    (patch: Partial<WeeklyDraft>) => {
      const next = { ...draftRef.current, ...patch };
      draftRef.current = next;
      changeSeq.current += 1;
      setDraft(next);
      writeStoredDraft(projectId, week, {
        baseVersion: latestRef.current.version,
        savedAt: new Date().toISOString(),
        draft: next,
      });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    },
    [projectId, week, saveNow],
  );

  // A copy restored from this device is saved straight away.
  useEffect(() => {
    if (initial.pending) void saveNow();
    return () => {
      window.clearTimeout(timer.current);
      // Leaving the page within the autosave delay still saves what was typed.
      if (changeSeq.current !== savedSeq.current && !isStopped.current) void saveNow();
    };
  }, [initial.pending, saveNow]);

  const restoreStaleCopy = useCallback(() => {
    if (staleCopy) change(staleCopy.draft);
    setStaleCopy(null);
  }, [staleCopy, change]);

  const discardStaleCopy = useCallback(() => {
    clearStoredDraft(projectId, week);
    setStaleCopy(null);
  }, [projectId, week]);

  const setAttachments = useCallback((attachments: Attachment[]) => {
    latestRef.current = { ...latestRef.current, attachments };
    setLatest(latestRef.current);
  }, []);

  return {
    setAttachments,
    draft,
    latest,
    saveState,
    savedAt,
    errorText,
    staleCopy,
    change,
    saveNow,
    restoreStaleCopy,
    discardStaleCopy,
  };
}
