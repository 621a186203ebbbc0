/** The version of the output contract (kept apart from the zod schemas so that parsing does not load zod). */
export const SCHEMA_VERSION = '1.0';
