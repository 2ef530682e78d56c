/**
 * For zod's `preprocess`: an empty form field or query parameter (or a JSON null) means "not
 * given", so optional fields fall back to their default instead of failing validation.
 */
export const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
