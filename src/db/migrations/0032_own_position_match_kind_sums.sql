ALTER TABLE "own_position_matches" ADD COLUMN "required_socio_cultural" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "own_position_matches" ADD COLUMN "required_managerial" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "own_position_matches" ADD COLUMN "required_technical" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "own_position_matches" ADD COLUMN "met_socio_cultural" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "own_position_matches" ADD COLUMN "met_managerial" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "own_position_matches" ADD COLUMN "met_technical" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Backfill: the stored matches again with their per-kind sums (as refreshOwnPositionMatches writes them).
DELETE FROM "own_position_matches";--> statement-breakpoint
WITH totals AS (
  SELECT r.position_id, sum(r.required_level)::float8 AS required,
    coalesce(sum(r.required_level) FILTER (WHERE r.kind = 'socioCultural'), 0)::float8 AS req_sc,
    coalesce(sum(r.required_level) FILTER (WHERE r.kind = 'managerial'), 0)::float8 AS req_m,
    coalesce(sum(r.required_level) FILTER (WHERE r.kind = 'technical'), 0)::float8 AS req_t
  FROM position_requirements r GROUP BY r.position_id
),
met AS (
  SELECT l.civil_servant_id, sum(least(l.level, l.own_required_level)) AS met, count(*)::int AS assessed,
    coalesce(sum(least(l.level, l.own_required_level)) FILTER (WHERE l.kind = 'socioCultural'), 0)::float8 AS met_sc,
    coalesce(sum(least(l.level, l.own_required_level)) FILTER (WHERE l.kind = 'managerial'), 0)::float8 AS met_m,
    coalesce(sum(least(l.level, l.own_required_level)) FILTER (WHERE l.kind = 'technical'), 0)::float8 AS met_t
  FROM current_competency_levels l WHERE l.own_required_level IS NOT NULL GROUP BY l.civil_servant_id
)
INSERT INTO own_position_matches (civil_servant_id, agency_id, percent, assessed, performance,
  required_socio_cultural, required_managerial, required_technical,
  met_socio_cultural, met_managerial, met_technical)
SELECT cs.id, cs.agency_id, floor(100 * coalesce(m.met, 0) / t.required * 10 + 0.5) / 10,
  coalesce(m.assessed, 0), cs.performance, t.req_sc, t.req_m, t.req_t,
  coalesce(m.met_sc, 0), coalesce(m.met_m, 0), coalesce(m.met_t, 0)
FROM civil_servants cs JOIN totals t ON t.position_id = cs.position_id
LEFT JOIN met m ON m.civil_servant_id = cs.id;
