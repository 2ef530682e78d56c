import { sql, type SQL } from 'drizzle-orm';
import type { AnswerEngine } from '../engines';

// What every AI-visibility query shares: which answers it counts. A period is a half-open
// range of answers.asked_at ([from, to)), optionally of one engine, always of one workspace.

export interface Period {
  from: Date;
  /** Exclusive. */
  to: Date;
}

export interface AnswerScope {
  period: Period;
  engine?: AnswerEngine;
}

// postgres.js under drizzle rejects Date parameters for timestamptz: pass ISO text and cast.
export const timestamptz = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** The scope's answers as a where-clause on `answers a`. */
export function answersInScope(workspaceId: string, scope: AnswerScope): SQL {
  return sql`a.workspace_id = ${workspaceId}::uuid
    and a.asked_at >= ${timestamptz(scope.period.from)} and a.asked_at < ${timestamptz(scope.period.to)}
    ${scope.engine ? sql`and a.engine = ${scope.engine}` : sql``}`;
}

/** A ratio, or null when there is nothing to divide by (never NaN, never a made-up 0). */
export const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);

/** A nullable number from either driver (postgres.js hands numeric and bigint over as text). */
export const numberOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
