/**
 * An address as a notice to another mailbox shows it: the first character and the domain, so its owner recognises
 * it while a stranger reading the old mailbox learns little ("e***@example.org"; the stars never tell the length).
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}
