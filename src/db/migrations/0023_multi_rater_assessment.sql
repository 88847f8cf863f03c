CREATE TABLE "multi_rater_answers" (
	"rater_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"dictionary_id" uuid NOT NULL,
	"code" text NOT NULL,
	"level" integer,
	CONSTRAINT "multi_rater_answers_rater_id_dictionary_id_code_pk" PRIMARY KEY("rater_id","dictionary_id","code"),
	CONSTRAINT "multi_rater_answers_level_check" CHECK ("multi_rater_answers"."level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "multi_rater_raters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"rater_civil_servant_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "multi_rater_raters_relation_check" CHECK ("multi_rater_raters"."relation" in ('self','superior','peer','subordinate'))
);
--> statement-breakpoint
CREATE TABLE "multi_rater_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closes_on" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"settings" jsonb,
	CONSTRAINT "multi_rater_rounds_status_check" CHECK ("multi_rater_rounds"."status" in ('open','closed'))
);
--> statement-breakpoint
CREATE TABLE "multi_rater_subjects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"civil_servant_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"standard_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "method" text DEFAULT 'assessmentCentre' NOT NULL;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "multi_rater_round_id" uuid;--> statement-breakpoint
ALTER TABLE "current_competency_levels" ADD COLUMN "source" text DEFAULT 'assessmentCentre' NOT NULL;--> statement-breakpoint
ALTER TABLE "multi_rater_answers" ADD CONSTRAINT "multi_rater_answers_rater_id_multi_rater_raters_id_fk" FOREIGN KEY ("rater_id") REFERENCES "public"."multi_rater_raters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "multi_rater_raters" ADD CONSTRAINT "multi_rater_raters_round_id_multi_rater_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."multi_rater_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "multi_rater_raters" ADD CONSTRAINT "multi_rater_raters_subject_id_multi_rater_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."multi_rater_subjects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "multi_rater_raters" ADD CONSTRAINT "multi_rater_raters_rater_civil_servant_id_civil_servants_id_fk" FOREIGN KEY ("rater_civil_servant_id") REFERENCES "public"."civil_servants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "multi_rater_rounds" ADD CONSTRAINT "multi_rater_rounds_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "multi_rater_subjects" ADD CONSTRAINT "multi_rater_subjects_round_id_multi_rater_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."multi_rater_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "multi_rater_subjects" ADD CONSTRAINT "multi_rater_subjects_civil_servant_id_civil_servants_id_fk" FOREIGN KEY ("civil_servant_id") REFERENCES "public"."civil_servants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "multi_rater_subjects" ADD CONSTRAINT "multi_rater_subjects_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "multi_rater_subjects" ADD CONSTRAINT "multi_rater_subjects_standard_id_job_standards_id_fk" FOREIGN KEY ("standard_id") REFERENCES "public"."job_standards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "multi_rater_raters_subject_rater_idx" ON "multi_rater_raters" USING btree ("subject_id","rater_civil_servant_id");--> statement-breakpoint
CREATE INDEX "multi_rater_raters_rater_idx" ON "multi_rater_raters" USING btree ("rater_civil_servant_id");--> statement-breakpoint
CREATE INDEX "multi_rater_raters_round_idx" ON "multi_rater_raters" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "multi_rater_rounds_agency_idx" ON "multi_rater_rounds" USING btree ("agency_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "multi_rater_subjects_round_servant_idx" ON "multi_rater_subjects" USING btree ("round_id","civil_servant_id");--> statement-breakpoint
CREATE INDEX "multi_rater_subjects_servant_idx" ON "multi_rater_subjects" USING btree ("civil_servant_id");--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_method_check" CHECK ("assessments"."method" in ('assessmentCentre','multiRater'));