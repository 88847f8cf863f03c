CREATE TABLE "position_competency_results" (
	"position_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"dictionary_id" uuid NOT NULL,
	"code" text NOT NULL,
	"assessed" integer NOT NULL,
	"level_total" double precision NOT NULL,
	"meeting" integer NOT NULL,
	CONSTRAINT "position_competency_results_pkey" PRIMARY KEY("position_id","dictionary_id","code","agency_id")
);
--> statement-breakpoint
ALTER TABLE "own_position_matches" ADD COLUMN "position_id" uuid;--> statement-breakpoint
-- The stored matches were computed against each person's current position (kept fresh on moves).
UPDATE "own_position_matches" o SET "position_id" = cs."position_id"
FROM "civil_servants" cs WHERE cs."id" = o."civil_servant_id" AND cs."agency_id" = o."agency_id";--> statement-breakpoint
DELETE FROM "own_position_matches" WHERE "position_id" IS NULL;--> statement-breakpoint
ALTER TABLE "own_position_matches" ALTER COLUMN "position_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "position_competency_results" ADD CONSTRAINT "position_competency_results_position_fk" FOREIGN KEY ("position_id","agency_id") REFERENCES "public"."positions"("id","agency_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
INSERT INTO "position_competency_results" ("position_id", "agency_id", "dictionary_id", "code", "assessed", "level_total", "meeting")
SELECT cs."position_id", cs."agency_id", l."dictionary_id", l."code", count(*)::int, sum(l."level")::float8,
  count(*) FILTER (WHERE l."level" >= l."own_required_level")::int
FROM "civil_servants" cs
JOIN "current_competency_levels" l ON l."civil_servant_id" = cs."id" AND l."agency_id" = cs."agency_id"
WHERE cs."position_id" IS NOT NULL AND l."own_required_level" IS NOT NULL
GROUP BY cs."position_id", cs."agency_id", l."dictionary_id", l."code";--> statement-breakpoint
ANALYZE "position_competency_results";