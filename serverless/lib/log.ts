/**
 * The functions' only logger. Values that look like secrets are masked before anything is
 * written, so a token can never reach HubSpot's function logs by accident.
 */
const secretKeys = /token|secret|authorization|password|code_verifier|ciphertext|key/i;
const bearer = /(Bearer\s+)[A-Za-z0-9\-._~+/=]+/g;
const jwtLike = /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g;

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string')
    return value.replace(bearer, '$1[redacted]').replace(jwtLike, '[redacted]');
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      secretKeys.test(key) ? '[redacted]' : redact(item, depth + 1),
    ]),
  );
}

type Level = 'info' | 'warn' | 'error';
const rank: Record<Level | 'silent', number> = { info: 0, warn: 1, error: 2, silent: 3 };

/** APP_LOG_LEVEL (info, warn, error, silent) quiets the functions' log, e.g. in test runs. */
function enabled(level: Level): boolean {
  const threshold = (process.env.APP_LOG_LEVEL ?? 'info') as keyof typeof rank;
  return rank[level] >= (rank[threshold] ?? 0);
}

function write(level: Level, message: string, fields?: Record<string, unknown>) {
  if (!enabled(level)) return;
  const line = JSON.stringify({ level, message, ...(redact(fields ?? {}) as object) });
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
}

export const log = {
  info: (message: string, fields?: Record<string, unknown>) => write('info', message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write('warn', message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write('error', message, fields),
};
