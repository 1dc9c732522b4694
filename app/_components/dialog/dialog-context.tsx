'use client';

import { createContext, useContext } from 'react';
import { DIALOG_FIELD } from '@/lib/forms/dialog-flag';

export const InDialogContext = createContext(false);

/** True inside the route dialog, false on the full page. */
export function useInDialog(): boolean {
  return useContext(InDialogContext);
}

/** Tells the form's action it was sent from the dialog (see lib/forms/dialog-flag.ts). */
export function DialogFlag() {
  return useInDialog() ? <input type="hidden" name={DIALOG_FIELD} value="1" /> : null;
}
