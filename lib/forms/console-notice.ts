/** What a console action answers on success: a key in the Console messages and its values. */
export type ConsoleNotice = { notice: string; values?: Record<string, string | number> };

export const notice = (key: string, values?: Record<string, string | number>): { status: 'success'; data: ConsoleNotice } => ({
  status: 'success',
  data: values ? { notice: key, values } : { notice: key },
});
