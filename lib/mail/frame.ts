/**
 * Prepares a captured mail for the mailbox's sandboxed frame: every link (React Email's own open a new tab)
 * navigates the mailbox window itself, so following a link from a mail stays in one tab, scripted or by hand.
 */
export function mailForFrame(html: string): string {
  const base = '<base target="_top">';
  const sameTab = html.replace(/\s+target="_blank"/gi, '');
  return /<head[^>]*>/i.test(sameTab) ? sameTab.replace(/<head([^>]*)>/i, `<head$1>${base}`) : base + sameTab;
}
