// Where the Playwright server runs and keeps its throwaway database. The folder is per port,
// so two runs on different ports (E2E_PORT) never delete each other's database.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_DATA_DIRECTORY = `test-results/e2e-data-${E2E_PORT}`;
export const E2E_DATABASE_FILE = `${E2E_DATA_DIRECTORY}/e2e.db`;
