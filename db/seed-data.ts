import type { Audience } from './schema';

type Text = { title: string; summary: string; body: string };
export type SeedContent = { slug: string; audience: Audience; companies: string[]; de: Text; en: Text };

export const seedCompanies = [
  { name: 'Beispiel GmbH', domains: ['example.com'] },
  { name: 'Muster AG', domains: ['example.org'] },
];

const both = ['Beispiel GmbH', 'Muster AG'];

export const seedContent: SeedContent[] = [
  {
    slug: 'mitarbeiterberatung',
    audience: 'everyone',
    companies: both,
    de: {
      title: 'Mitarbeiterberatung: vertraulich und kostenfrei',
      summary: 'Bei beruflichen oder privaten Belastungen beraten Sie unsere Psychologinnen und Psychologen.',
      body: 'Die Mitarbeiterberatung steht Ihnen rund um die Uhr telefonisch zur Verfügung. Ihr Arbeitgeber erfährt nicht, wer sie nutzt.',
    },
    en: {
      title: 'Employee counselling: confidential and free',
      summary: 'Our psychologists support you with work-related or personal strain.',
      body: 'The employee counselling line is open around the clock. Your employer never learns who uses it.',
    },
  },
  {
    slug: 'grippeschutzimpfung',
    audience: 'everyone',
    companies: ['Beispiel GmbH'],
    de: {
      title: 'Grippeschutzimpfung im Betrieb',
      summary: 'Lassen Sie sich im Herbst direkt an Ihrem Standort impfen.',
      body: 'Unsere Betriebsärztinnen und Betriebsärzte impfen an den angekündigten Terminen an Ihrem Standort.',
    },
    en: {
      title: 'Flu vaccination at work',
      summary: 'Get vaccinated at your own site in the autumn.',
      body: 'Our occupational physicians vaccinate at your site on the announced dates.',
    },
  },
  {
    slug: 'rueckenfit',
    audience: 'everyone',
    companies: ['Muster AG'],
    de: {
      title: 'Rückenfit: Kurse für einen starken Rücken',
      summary: 'Kurze Übungen für den Arbeitsalltag, angeleitet von Physiotherapeutinnen und -therapeuten.',
      body: 'Die Kurse finden wöchentlich online und an ausgewählten Standorten statt.',
    },
    en: {
      title: 'Back fit: classes for a strong back',
      summary: 'Short exercises for the working day, led by physiotherapists.',
      body: 'The classes take place weekly online and at selected sites.',
    },
  },
  {
    slug: 'ergonomie-bildschirmarbeitsplatz',
    audience: 'office',
    companies: both,
    de: {
      title: 'Ergonomie am Bildschirmarbeitsplatz',
      summary: 'So stellen Sie Stuhl, Tisch und Bildschirm richtig ein, im Büro und im Homeoffice.',
      body: 'Eine gute Einstellung beugt Verspannungen vor. Unsere Checkliste führt Sie in zehn Minuten durch alle Punkte.',
    },
    en: {
      title: 'Ergonomics at the computer workstation',
      summary: 'How to set up your chair, desk and screen, in the office and at home.',
      body: 'A good set-up prevents tension. Our checklist takes you through every point in ten minutes.',
    },
  },
  {
    slug: 'vorsorge-bildschirmarbeit',
    audience: 'office',
    companies: ['Beispiel GmbH'],
    de: {
      title: 'Angebotsvorsorge Bildschirmarbeit',
      summary: 'Sehtest und Beratung durch die Betriebsärztin oder den Betriebsarzt.',
      body: 'Die Angebotsvorsorge prüft Ihr Sehvermögen und klärt, ob Sie eine Bildschirmarbeitsplatzbrille brauchen.',
    },
    en: {
      title: 'Screen work health check',
      summary: 'Eye test and advice from the occupational physician.',
      body: 'The check tests your eyesight and clarifies whether you need special glasses for screen work.',
    },
  },
  {
    slug: 'sicher-unterwegs',
    audience: 'non_office',
    companies: both,
    de: {
      title: 'Sicher unterwegs in Produktion und Außendienst',
      summary: 'Hinweise zu Schutzausrüstung, Lärm und sicheren Wegen.',
      body: 'Die wichtigsten Regeln für Arbeitsplätze außerhalb des Büros, kurz erklärt.',
    },
    en: {
      title: 'Safe on the shop floor and on the road',
      summary: 'Advice on protective equipment, noise and safe routes.',
      body: 'The key rules for workplaces outside the office, briefly explained.',
    },
  },
  {
    slug: 'hautschutz',
    audience: 'non_office',
    companies: ['Muster AG'],
    de: {
      title: 'Hautschutz und Handpflege',
      summary: 'Der Hautschutzplan Ihres Betriebs und wie Sie ihn im Alltag umsetzen.',
      body: 'Schützen, reinigen, pflegen: drei Schritte, die Hauterkrankungen vorbeugen.',
    },
    en: {
      title: 'Skin protection and hand care',
      summary: "Your company's skin protection plan and how to follow it every day.",
      body: 'Protect, clean, care: three steps that prevent skin disease.',
    },
  },
  {
    slug: 'gesund-fuehren',
    audience: 'leaders',
    companies: both,
    de: {
      title: 'Gesund führen',
      summary: 'Wie Führungskräfte die Gesundheit ihres Teams stärken.',
      body: 'Ein Leitfaden mit Gesprächsanlässen, Warnsignalen und Anlaufstellen.',
    },
    en: {
      title: 'Leading in a healthy way',
      summary: "How leaders strengthen their team's health.",
      body: 'A guide with conversation openers, warning signs and where to get help.',
    },
  },
  {
    slug: 'psychische-belastung-team',
    audience: 'leaders',
    companies: ['Muster AG'],
    de: {
      title: 'Psychische Belastung im Team erkennen',
      summary: 'Die Gefährdungsbeurteilung psychischer Belastung Schritt für Schritt.',
      body: 'Wir begleiten Sie von der Befragung bis zu wirksamen Maßnahmen.',
    },
    en: {
      title: 'Recognising mental strain in your team',
      summary: 'The risk assessment of mental strain, step by step.',
      body: 'We guide you from the survey to effective measures.',
    },
  },
];
