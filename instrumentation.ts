// Runs once when a server instance starts, before it answers requests.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkConfigurationOrExit, recordClientAddresses, warmUpDatabase, warmUpPasswordCheck } = await import('./lib/startup');
    checkConfigurationOrExit();
    recordClientAddresses();
    void warmUpDatabase().then(warmUpPasswordCheck);
  }
}
