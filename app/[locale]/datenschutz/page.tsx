import { legalPage } from '../../_components/legal-page';

const page = legalPage('privacyTitle', ['privacyIntro', 'privacyRights']);

export const generateMetadata = page.generateMetadata;
export default page.LegalPage;
