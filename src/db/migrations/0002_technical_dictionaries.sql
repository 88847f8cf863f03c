CREATE TABLE "dictionary_checklist" (
	"version_id" uuid NOT NULL,
	"step" text NOT NULL,
	"ticked_by" uuid NOT NULL,
	"ticked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dictionary_checklist_version_id_step_pk" PRIMARY KEY("version_id","step")
);
--> statement-breakpoint
CREATE TABLE "dictionary_version_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"version_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid,
	"comment" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "competencies" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "competencies" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('indonesian'::regconfig, coalesce(name, '')), 'A') || setweight(to_tsvector('indonesian'::regconfig, coalesce(definition, '')), 'B') || setweight(to_tsvector('indonesian'::regconfig, coalesce(search_text, '')), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "dictionary_versions" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "dictionary_versions" ADD COLUMN "based_on_version_id" uuid;--> statement-breakpoint
ALTER TABLE "dictionary_versions" ADD COLUMN "verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dictionary_versions" ADD COLUMN "verified_by" uuid;--> statement-breakpoint
ALTER TABLE "dictionary_versions" ADD COLUMN "ratified_by" uuid;--> statement-breakpoint
ALTER TABLE "dictionary_versions" ADD COLUMN "revision" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dictionary_checklist" ADD CONSTRAINT "dictionary_checklist_version_id_dictionary_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."dictionary_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dictionary_version_events" ADD CONSTRAINT "dictionary_version_events_version_id_dictionary_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."dictionary_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dictionary_version_events_version_idx" ON "dictionary_version_events" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "competencies_search_idx" ON "competencies" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "competencies_name_trgm_idx" ON "competencies" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
-- Backfill the search text of entries written before this migration.
UPDATE "competencies" c SET "search_text" = coalesce((
  SELECT string_agg(l.description || E'\n' || (SELECT coalesce(string_agg(i.value, E'\n'), '') FROM jsonb_array_elements_text(l.behaviour_indicators) AS i(value)), E'\n' ORDER BY l.level)
  FROM "competency_levels" l WHERE l.competency_id = c.id), '');
