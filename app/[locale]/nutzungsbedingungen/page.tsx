import { legalPage } from '../../_components/legal-page';

const page = legalPage('termsTitle', ['termsIntro', 'termsContent']);

export const generateMetadata = page.generateMetadata;
export default page.LegalPage;
