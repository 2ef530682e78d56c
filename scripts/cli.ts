import { parseArgs } from 'node:util';
import { closeDatabase, getDatabase, useDatabase, openDatabase } from '@/db/client';
import { bootstrap } from '@/lib/bootstrap';
import { AppError } from '@/lib/errors';

const USAGE = `Usage:
  npm run cli -- bootstrap --email E --password P --workspace NAME

bootstrap  Creates the user and the workspace if they are missing (the user as owner) and
           prints a new admin API token as its last line. Safe to run again: it never
           duplicates the user or the workspace.

The database is DATABASE_URL when set, else the embedded one in OPTLENS_DATA_DIR (.data).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  if (command !== 'bootstrap') {
    console.error(`Unknown command “${command}”.\n\n${USAGE}`);
    return 1;
  }
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: 'string' }, password: { type: 'string' }, workspace: { type: 'string' } },
    strict: true,
  });
  const missing = (['email', 'password', 'workspace'] as const).filter((k) => !values[k]);
  if (missing.length) {
    console.error(`Missing ${missing.map((m) => `--${m}`).join(', ')}.\n\n${USAGE}`);
    return 1;
  }
  useDatabase(await openDatabase('the Optlens CLI'));
  const { db } = await getDatabase();
  const result = await bootstrap(db, { email: values.email!, password: values.password!, workspace: values.workspace! });
  console.log(`User ${values.email}: ${result.userCreated ? 'created' : 'already existed'}`);
  console.log(`Workspace “${result.workspace.name}” (/w/${result.workspace.slug}): ${result.workspaceCreated ? 'created' : 'already existed'}`);
  console.log('New admin API token (shown once):');
  console.log(result.token);
  return 0;
}

main(process.argv.slice(2))
  .then(async (code) => {
    await closeDatabase();
    process.exit(code);
  })
  .catch(async (error) => {
    console.error(error instanceof AppError || error?.name === 'DataDirLockedError' || error?.name === 'ZodError' ? `Error: ${formatError(error)}` : error);
    await closeDatabase().catch(() => undefined);
    process.exit(1);
  });

function formatError(error: Error & { issues?: { path: PropertyKey[]; message: string }[] }): string {
  if (error.issues) return error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
  return error.message;
}
