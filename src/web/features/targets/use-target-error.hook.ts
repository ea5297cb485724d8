import { App } from 'antd';
import { errorMessage, hasErrorCode } from '../../api/http-client';

/**
 * Shows a failed targets write as a message. A 409 VERSION_CONFLICT means someone saved first: the data has already
 * been reloaded (every targets mutation refetches when it settles), so the user only needs to look again.
 */
export function useTargetErrorNotice(): (error: unknown) => void {
  const { message } = App.useApp();
  return (error: unknown) => {
    if (hasErrorCode(error, 'VERSION_CONFLICT')) {
      void message.warning(`${errorMessage(error)}（已重新加载最新内容）`);
    } else {
      void message.error(errorMessage(error));
    }
  };
}

/** A version conflict closes the form (its values are stale); every other error is shown inside the form. */
export function isVersionConflict(error: unknown): boolean {
  return hasErrorCode(error, 'VERSION_CONFLICT');
}
