import { seedDemoData } from '@/db/seed';
import { seedCompanies, seedContent } from '@/db/seed-data';
import { runScript } from './database-from-env';

await runScript('db:seed', async (open) => {
  await seedDemoData(open.db);
  return `${seedCompanies.length} companies and ${seedContent.length} content items in place`;
});
