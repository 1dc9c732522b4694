import { migrateDatabase } from '@/db';
import { runScript } from './database-from-env';

await runScript('db:migrate', async (open) => {
  await migrateDatabase(open);
  return 'migrations applied';
});
