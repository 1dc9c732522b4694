import { legalPage } from '../../_components/legal-page';

const page = legalPage('imprintTitle', ['imprintIntro', 'imprintContact']);

export const generateMetadata = page.generateMetadata;
export default page.LegalPage;
