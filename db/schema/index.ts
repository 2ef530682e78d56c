// The one drizzle schema for both drivers, by area. Import from '@/db/schema'.
export * from './auth';
export * from './linkedin';
export * from './mentions';
export * from './probes';
