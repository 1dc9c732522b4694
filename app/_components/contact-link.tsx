import { CONTACT_EMAIL } from '@/lib/contact';

export function ContactLink() {
  return (
    <a className="font-semibold text-brand-700 underline" href={`mailto:${CONTACT_EMAIL}`}>
      {CONTACT_EMAIL}
    </a>
  );
}
