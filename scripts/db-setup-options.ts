/** What `npm run db:setup` was asked for beyond bringing the schema up to date. */
export type SetupOptions = {
  /** Create the database when it is missing, even in production. */
  init: boolean;
  /** Seed the demo survey, synthetic panel, finding and demo researcher into an empty database. */
  demo: boolean;
};

/** Parses the command line; undefined for anything it does not know, so a typo is never ignored. */
export function parseSetupOptions(args: readonly string[]): SetupOptions | undefined {
  const options: SetupOptions = { init: false, demo: false };
  for (const arg of args) {
    if (arg === "--init") options.init = true;
    else if (arg === "--demo") options.demo = true;
    else return undefined;
  }
  return options;
}
