import { describePurge, purgeUnconfirmed } from '@/lib/registration/purge-unconfirmed';
import { runScript } from './database-from-env';

// The cron job's work from a shell, on DATABASE_URL (or a PGLITE_DIR no server is using).
await runScript('purge-unconfirmed', async (open) => describePurge(await purgeUnconfirmed(open.db)));
