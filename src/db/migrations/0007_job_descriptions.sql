CREATE TABLE "job_description_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_description_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"position_name" text NOT NULL,
	"content" jsonb NOT NULL,
	"source" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ratified_by" uuid,
	"ratified_at" timestamp with time zone,
	CONSTRAINT "job_description_versions_source_check" CHECK ("job_description_versions"."source" in ('edit','import'))
);
--> statement-breakpoint
CREATE TABLE "job_descriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"workload_minutes" double precision DEFAULT 0 NOT NULL,
	"workload_need" double precision DEFAULT 0 NOT NULL,
	"workload_headcount" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_descriptions_status_check" CHECK ("job_descriptions"."status" in ('draft','ratified'))
);
--> statement-breakpoint
CREATE TABLE "workload_settings" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"effective_minutes_per_year" integer NOT NULL,
	"minutes_per_day" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workload_settings_positive_check" CHECK ("workload_settings"."effective_minutes_per_year" > 0 and "workload_settings"."minutes_per_day" > 0)
);
--> statement-breakpoint
ALTER TABLE "job_description_versions" ADD CONSTRAINT "job_description_versions_job_description_id_job_descriptions_id_fk" FOREIGN KEY ("job_description_id") REFERENCES "public"."job_descriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_descriptions" ADD CONSTRAINT "job_descriptions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_descriptions" ADD CONSTRAINT "job_descriptions_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workload_settings" ADD CONSTRAINT "workload_settings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "job_description_versions_unique_idx" ON "job_description_versions" USING btree ("job_description_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "job_descriptions_position_idx" ON "job_descriptions" USING btree ("position_id");--> statement-breakpoint
CREATE INDEX "job_descriptions_agency_idx" ON "job_descriptions" USING btree ("agency_id");