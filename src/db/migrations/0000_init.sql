CREATE TABLE "agencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agencies_code_unique" UNIQUE("code"),
	CONSTRAINT "agencies_kind_check" CHECK ("agencies"."kind" in ('ministry','province','regency','city'))
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"agency_id" uuid,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"action" text NOT NULL,
	"diff" jsonb
);
--> statement-breakpoint
CREATE TABLE "competencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dictionary_version_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"definition" text NOT NULL,
	"government_affair" text,
	"sub_affair" text,
	"competency_group" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_placeholder" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competency_dictionaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competency_dictionaries_code_unique" UNIQUE("code"),
	CONSTRAINT "competency_dictionaries_kind_check" CHECK ("competency_dictionaries"."kind" in ('managerial','socioCultural','technical'))
);
--> statement-breakpoint
CREATE TABLE "competency_levels" (
	"competency_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"description" text NOT NULL,
	"behaviour_indicators" jsonb NOT NULL,
	CONSTRAINT "competency_levels_competency_id_level_pk" PRIMARY KEY("competency_id","level"),
	CONSTRAINT "competency_levels_level_check" CHECK ("competency_levels"."level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "dictionary_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dictionary_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ratified_at" timestamp with time zone,
	CONSTRAINT "dictionary_versions_status_check" CHECK ("dictionary_versions"."status" in ('draft','verified','ratified'))
);
--> statement-breakpoint
CREATE TABLE "education_levels" (
	"code" text PRIMARY KEY NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "government_affairs" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "government_affairs_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "job_levels" (
	"code" text PRIMARY KEY NOT NULL,
	"position_group" text NOT NULL,
	"name" text NOT NULL,
	"managerial_level" integer,
	"socio_cultural_level" integer,
	"verified" boolean NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"ip" text NOT NULL,
	"success" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"parent_id" uuid,
	"code" text,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"org_unit_id" uuid,
	"parent_position_id" uuid,
	"name" text NOT NULL,
	"position_group" text NOT NULL,
	"job_level" text NOT NULL,
	"government_affair" text,
	"summary" text,
	"tasks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"position_code" text,
	"rank_min" text,
	"rank_max" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "positions_position_code_unique" UNIQUE("position_code"),
	CONSTRAINT "positions_group_check" CHECK ("positions"."position_group" in ('leadership','administrative','functional'))
);
--> statement-breakpoint
CREATE TABLE "proficiency_levels" (
	"level" integer PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ranks" (
	"grade" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"rank" text NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "ranks_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"full_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"agency_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username"),
	CONSTRAINT "users_role_check" CHECK ("users"."role" in ('superadmin','admin','drafter','verifier','validator','ratifier','employee')),
	CONSTRAINT "users_agency_role_check" CHECK (("users"."role" in ('superadmin','ratifier')) = ("users"."agency_id" is null))
);
--> statement-breakpoint
ALTER TABLE "competencies" ADD CONSTRAINT "competencies_dictionary_version_id_dictionary_versions_id_fk" FOREIGN KEY ("dictionary_version_id") REFERENCES "public"."dictionary_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_dictionaries" ADD CONSTRAINT "competency_dictionaries_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_levels" ADD CONSTRAINT "competency_levels_competency_id_competencies_id_fk" FOREIGN KEY ("competency_id") REFERENCES "public"."competencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dictionary_versions" ADD CONSTRAINT "dictionary_versions_dictionary_id_competency_dictionaries_id_fk" FOREIGN KEY ("dictionary_id") REFERENCES "public"."competency_dictionaries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_job_level_job_levels_code_fk" FOREIGN KEY ("job_level") REFERENCES "public"."job_levels"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_rank_min_ranks_grade_fk" FOREIGN KEY ("rank_min") REFERENCES "public"."ranks"("grade") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_rank_max_ranks_grade_fk" FOREIGN KEY ("rank_max") REFERENCES "public"."ranks"("grade") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_agency_idx" ON "audit_log" USING btree ("agency_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "competencies_version_code_idx" ON "competencies" USING btree ("dictionary_version_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "dictionary_versions_unique_idx" ON "dictionary_versions" USING btree ("dictionary_id","version");--> statement-breakpoint
CREATE INDEX "login_attempts_username_idx" ON "login_attempts" USING btree ("username","at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_idx" ON "login_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "org_units_agency_idx" ON "org_units" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "org_units_parent_idx" ON "org_units" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "org_units_agency_code_idx" ON "org_units" USING btree ("agency_id","code");--> statement-breakpoint
CREATE INDEX "positions_agency_idx" ON "positions" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "positions_org_unit_idx" ON "positions" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "users_agency_idx" ON "users" USING btree ("agency_id");