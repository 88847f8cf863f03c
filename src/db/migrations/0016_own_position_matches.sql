CREATE TABLE "own_position_matches" (
	"civil_servant_id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"percent" double precision NOT NULL,
	"assessed" integer NOT NULL,
	"performance" text
);
--> statement-breakpoint
ALTER TABLE "own_position_matches" ADD CONSTRAINT "own_position_matches_civil_servant_id_civil_servants_id_fk" FOREIGN KEY ("civil_servant_id") REFERENCES "public"."civil_servants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "own_position_matches_agency_idx" ON "own_position_matches" USING btree ("agency_id","performance","percent");--> statement-breakpoint
INSERT INTO "own_position_matches" (civil_servant_id, agency_id, percent, assessed, performance)
SELECT cs.id, cs.agency_id,
	floor(100 * coalesce(m.met, 0) / t.required * 10 + 0.5) / 10,
	coalesce(m.assessed, 0), cs.performance
FROM civil_servants cs
JOIN (SELECT position_id, sum(required_level)::float8 AS required FROM position_requirements GROUP BY position_id) t
	ON t.position_id = cs.position_id
LEFT JOIN (SELECT civil_servant_id, sum(least(level, own_required_level)) AS met, count(*)::int AS assessed
	FROM current_competency_levels WHERE own_required_level IS NOT NULL GROUP BY civil_servant_id) m
	ON m.civil_servant_id = cs.id;
