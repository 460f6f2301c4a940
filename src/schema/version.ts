// Kept apart from the zod schema so that extracting never loads zod (it costs ~100 ms of start-up).
export const SCHEMA_VERSION = '1';
