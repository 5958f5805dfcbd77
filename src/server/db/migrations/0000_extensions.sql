-- pg_trgm backs the unit search index (PGlite loads it in its constructor; PostgreSQL from contrib).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
