import { z } from 'zod';

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export const emailSchema = z
  .string()
  .trim()
  .min(1, 'Enter your email address.')
  .max(320, 'That email address is too long.')
  .email('Enter a valid email address.')
  .transform(normalizeEmail);
