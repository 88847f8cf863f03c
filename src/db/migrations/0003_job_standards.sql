CREATE TABLE "job_standard_competencies" (
	"standard_id" uuid NOT NULL,
	"competency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"required_level" integer NOT NULL,
	"edited_from_dictionary" boolean DEFAULT false NOT NULL,
	CONSTRAINT "job_standard_competencies_standard_id_competency_id_pk" PRIMARY KEY("standard_id","competency_id")
);
--> statement-breakpoint
CREATE TABLE "job_standard_transitions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"standard_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"comment" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_standards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lineage_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"agency_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"status" text NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"position_name" text NOT NULL,
	"job_level" text NOT NULL,
	"content" jsonb NOT NULL,
	"policy_name" text NOT NULL,
	"position_code" text,
	"origin_standard_id" uuid,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"ratified_by" uuid,
	"ratified_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_standards_status_check" CHECK ("job_standards"."status" in ('draft','submitted','verified','validated','ratified'))
);
--> statement-breakpoint
CREATE TABLE "position_code_counter" (
	"year" integer PRIMARY KEY NOT NULL,
	"last_value" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "standard_policies" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"base_name" text NOT NULL,
	"override" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "positions" DROP CONSTRAINT "positions_position_code_unique";--> statement-breakpoint
ALTER TABLE "job_standard_competencies" ADD CONSTRAINT "job_standard_competencies_standard_id_job_standards_id_fk" FOREIGN KEY ("standard_id") REFERENCES "public"."job_standards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_standard_transitions" ADD CONSTRAINT "job_standard_transitions_standard_id_job_standards_id_fk" FOREIGN KEY ("standard_id") REFERENCES "public"."job_standards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_standards" ADD CONSTRAINT "job_standards_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_standards" ADD CONSTRAINT "job_standards_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standard_policies" ADD CONSTRAINT "standard_policies_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_standard_competencies_competency_idx" ON "job_standard_competencies" USING btree ("competency_id");--> statement-breakpoint
CREATE INDEX "job_standard_transitions_standard_idx" ON "job_standard_transitions" USING btree ("standard_id");--> statement-breakpoint
CREATE UNIQUE INDEX "job_standards_lineage_version_idx" ON "job_standards" USING btree ("lineage_id","version");--> statement-breakpoint
CREATE INDEX "job_standards_agency_idx" ON "job_standards" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "job_standards_position_idx" ON "job_standards" USING btree ("position_id");--> statement-breakpoint
CREATE INDEX "job_standards_code_idx" ON "job_standards" USING btree ("position_code");--> statement-breakpoint
CREATE INDEX "job_standards_name_trgm_idx" ON "job_standards" USING gin (lower("position_name") gin_trgm_ops);