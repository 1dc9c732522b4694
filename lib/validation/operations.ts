import { z } from 'zod';

// Inputs of the operator actions (command line and console). Their messages are English reasons for the command
// line; the console translates the refusal's code instead (lib/operations/result.ts).

const noControlCharacters = (v: string) => !/[\p{Cc}\p{Cf}]/u.test(v);

export const companyName = z
  .string()
  .trim()
  .min(1, 'the name is empty')
  .max(200, 'the name is longer than 200 characters')
  .refine(noControlCharacters, 'the name contains control characters');

/** A company as operators name it: its id or its name (any case). */
export const companyRef = z.string().trim().min(1, 'no company given').max(200, 'no company has a name that long');

/**
 * An e-mail domain as a hostname (RFC 1123): labels of letters, digits and inner hyphens, at most 63 characters
 * each and 253 in all, at least two labels, a top-level domain of letters (or punycode). Stored lowercased;
 * international domains in their punycode form (xn--…), as addresses arrive.
 */
export const domainName = z
  .string()
  .trim()
  .toLowerCase()
  .max(253, 'a domain has at most 253 characters')
  .regex(/^[\x21-\x7e]+$/, 'use the punycode form (xn--…) of an international domain, without spaces')
  .regex(
    /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/,
    'not a hostname like example.com (letters, digits and inner hyphens, separated by dots)',
  );

/** A content item's address part (/inhalte/<slug>): lowercase words joined by hyphens. */
export const slug = z
  .string()
  .trim()
  .max(100, 'a slug has at most 100 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase letters and digits joined by single hyphens, e.g. hitzeschutz-im-sommer');

export const emailAddress = z
  .string()
  .trim()
  .max(254, 'an address has at most 254 characters')
  .pipe(z.email('not an e-mail address'))
  .transform((v) => v.toLowerCase());
