/** Version of the Analysis schema (src/model/schema.ts); bump on any breaking change. Kept apart so that
 * analyze() does not load zod: the schema is for validation and JSON Schema generation, not the hot path. */
export const SCHEMA_VERSION = '2.2.0';
