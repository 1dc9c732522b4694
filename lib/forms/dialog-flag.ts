/**
 * Forms shown in the route dialog send this hidden field, so their actions move on with a history *replace*:
 * the dialog then holds one history entry, and closing it (browser back, Escape, ×) returns to the page below.
 */
export const DIALOG_FIELD = '_dialog';

export function submittedInDialog(formData: FormData): boolean {
  return formData.get(DIALOG_FIELD) === '1';
}
