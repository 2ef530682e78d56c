// One CSV cell from a database value, for every export (the workspace zip, the posts CSV,
// the charts' CSV downloads): pure, so the browser's chart downloads use it too.

/**
 * A spreadsheet opens a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula: texts in the workspace are untrusted (post texts, AI answers), so such cells get
 * a leading apostrophe (OWASP "CSV injection"). Numbers are left alone: -3 is a number.
 */
export function escapeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * null → empty, times → ISO 8601 UTC, booleans → true/false, JSON and arrays → JSON text;
 * every text, JSON included, through the formula guard.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return escapeFormula(value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return escapeFormula(JSON.stringify(value));
}
