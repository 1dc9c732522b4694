export const CONTACT_EMAIL = 'meinias@ias-gruppe.de';
