-- Extensions used by search (trigram similarity, accent folding). Both ship with PGlite and with
-- Debian's PostgreSQL (contrib).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
