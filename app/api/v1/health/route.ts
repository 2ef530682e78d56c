import { sql } from 'drizzle-orm';
import { getDatabase } from '@/db/client';
import { apiError } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    const { db, kind } = await getDatabase();
    await db.execute(sql`select 1`);
    return Response.json({ status: 'ok', database: kind });
  } catch (error) {
    console.error('Health check failed', error);
    return apiError(503, 'internal', 'The database is not reachable.');
  }
}
