// Runs once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkConfigurationOrExit, warmUpDatabase } = await import('./lib/startup');
    checkConfigurationOrExit();
    void warmUpDatabase();
  }
}
