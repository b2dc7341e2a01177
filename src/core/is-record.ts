/** A parsed JSON or YAML mapping: an object that is not a list (null is no mapping). */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
