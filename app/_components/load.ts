import 'server-only';
import { notFound } from 'next/navigation';
import { AppError } from '@/lib/errors';

/** Awaits a lookup and turns its not_found error (an id of another workspace, or none) into the 404 page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
}
