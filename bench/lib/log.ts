/** Progress lines go to stderr, so stdout holds only the report (table, then the JSON line). */
export function log(message: string) {
  process.stderr.write(`› ${message}\n`);
}
