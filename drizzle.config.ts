import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes SQL migrations from db/schema.ts; they are committed and applied by the app
// (embedded PGlite) or by `npm run db:migrate` (a PostgreSQL server).
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
});
