import { maskEmail } from '@/lib/log';
import type { Refused } from '@/lib/operations/result';

/** The one line the command line prints for a refused action (the console translates the code instead). */
export function describeRefusal({ code, values: v }: Refused): string {
  switch (code) {
    case 'invalidCompanyName':
      return `invalid company name: ${v.reason}`;
    case 'invalidCompany':
      return `invalid company: ${v.reason}`;
    case 'invalidDomain':
      return `malformed domain "${v.input}": ${v.reason}`;
    case 'invalidEmail':
      return `invalid address: ${v.reason}`;
    case 'invalidSlug':
      return `invalid slug "${v.input}": ${v.reason}`;
    case 'invalidContentFile':
      return `invalid content file: ${v.reason}`;
    case 'unknownCompany':
      return `unknown company "${v.company}" (npm run ops -- company list shows them)`;
    case 'companyNameTaken':
      return `another company is called "${v.name}" already`;
    case 'domainTaken':
      return `domain ${v.domain} belongs to "${v.owner}" already (remove it there first)`;
    case 'unknownSlug':
      return `unknown content "${v.slug}" (npm run ops -- content list shows them)`;
    case 'noProfile':
      return `no profile for ${maskEmail(v.email ?? '')}`;
    case 'notConfirmed':
      return `${maskEmail(v.email ?? '')} has not confirmed the address yet; only confirmed profiles can be operators`;
    case 'slugTaken':
      return `content "${v.slug}" exists already`;
    case 'notPending':
      return `no registration of ${maskEmail(v.email ?? '')} is waiting for confirmation`;
    case 'noFailedMail':
      return `no failed mail ${v.id ?? ''}`;
  }
}
