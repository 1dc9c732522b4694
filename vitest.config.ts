import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**', '.data/**'],
    environment: 'node',
    // One migrated PGlite database, dumped once, which every PGlite test database starts from.
    globalSetup: ['db/pglite-template.ts'],
    // Lists every test, so the log shows which databases the database tests ran on.
    reporters: ['verbose'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // PGlite and argon2 are CPU-heavy; two cores are better used by one file at a time.
    fileParallelism: false,
    // next-auth and next-intl import `next/server` and `next/navigation` without an extension, which Node's ESM
    // loader refuses; Vite resolves it.
    server: { deps: { inline: ['next-auth', 'next-intl'] } },
  },
});
