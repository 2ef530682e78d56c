import { z } from 'zod';

export const THEME_COOKIE = 'optlens-theme';
export const themeSchema = z.enum(['system', 'light', 'dark']).catch('system');
export type Theme = z.infer<typeof themeSchema>;
