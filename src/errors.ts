/** Every message the library throws, with a stable code. */
const MESSAGES = {
  E001: (found: string) => `expected text to be a string, not ${found}`,
  E002: (found: string) => `expected options to be an object, not ${found}`,
  E010: (where: string, what: string) => `${where}: ${what}`,
  E011: (id: string) => `duplicate gazetteer id "${id}"`,
  E012: (value: string) => `unknown entity type "${value}", expected PER, LOC, ORG or MISC`,
  E013: (id: string) => `entry "${id}" has an empty canonical name`,
  E014: (id: string) => `invalid id "${id}", expected <per|org|loc|misc>:<slug> with [a-z0-9-]`,
  E015: (where: string) => `${where}: alias longer than 200 characters`,
  E016: (id: string) => `derivation target "${id}" is not a known entry`,
  E020: (what: string) => `built-in dictionaries are missing or corrupt (${what}); run \`npm run build\``,
} as const;

export type ErrorCode = keyof typeof MESSAGES;

export class NerError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(`german-news-ner [${code}]: ${message}`);
    this.name = 'NerError';
    this.code = code;
  }
}

export function nerError<C extends ErrorCode>(code: C, ...args: Parameters<(typeof MESSAGES)[C]>): NerError {
  const build = MESSAGES[code] as (...a: unknown[]) => string;
  return new NerError(code, build(...args));
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
