import { useEffect, useLayoutEffect, useRef } from 'react';

export interface ReviewShortcutHandlers {
  next: () => void;
  previous: () => void;
  /** Enter / c: confirm all items of the current project, then go to the next unconfirmed one */
  confirm: () => void;
  /** e: edit the first unconfirmed item */
  edit: () => void;
}

const TYPING_SELECTOR = 'input, textarea, select, [contenteditable="true"], .ant-select, .ant-picker, [role="dialog"]';
// Enter on a focused button or link must keep doing what that control does.
const ACTIVATABLE_SELECTOR = 'button, a[href], [role="button"], [role="radio"], [role="tab"], [role="menuitem"]';

/** A dialog, Popconfirm or dropdown is open: its own keys win. */
function hasOpenOverlay(): boolean {
  const overlays = document.querySelectorAll('.ant-modal-wrap, .ant-popover, .ant-select-dropdown, .ant-picker-dropdown');
  return Array.from(overlays).some((element) => {
    if (element.classList.contains('ant-popover-hidden')) return false;
    return window.getComputedStyle(element).display !== 'none';
  });
}

function isOwnedElsewhere(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.defaultPrevented) return true;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest(TYPING_SELECTOR)) return true;
  if (event.key === 'Enter' && target?.closest(ACTIVATABLE_SELECTOR)) return true;
  return hasOpenOverlay();
}

/**
 * The review page's keys: j/↓ next project, k/↑ previous, Enter/c confirm all and move on, e edit. Keys typed into
 * a field, or pressed while a dialog or popup is open, are left alone.
 */
export function useReviewShortcuts(handlers: ReviewShortcutHandlers, enabled: boolean): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (isOwnedElsewhere(event)) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const action: keyof ReviewShortcutHandlers | null =
        key === 'j' || key === 'ArrowDown'
          ? 'next'
          : key === 'k' || key === 'ArrowUp'
            ? 'previous'
            : key === 'Enter' || key === 'c'
              ? 'confirm'
              : key === 'e'
                ? 'edit'
                : null;
      if (!action) return;
      event.preventDefault();
      latest.current[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
