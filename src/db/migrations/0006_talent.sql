CREATE TABLE "assessment_scores" (
	"assessment_id" uuid NOT NULL,
	"dictionary_id" uuid NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"level" double precision NOT NULL,
	CONSTRAINT "assessment_scores_assessment_id_dictionary_id_code_pk" PRIMARY KEY("assessment_id","dictionary_id","code"),
	CONSTRAINT "assessment_scores_level_check" CHECK ("assessment_scores"."level" >= 1 and "assessment_scores"."level" <= 5)
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"civil_servant_id" uuid NOT NULL,
	"assessed_on" text NOT NULL,
	"assessor" text NOT NULL,
	"institution" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "civil_servants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"nip" text NOT NULL,
	"name" text NOT NULL,
	"birth_date" text NOT NULL,
	"service_start" text NOT NULL,
	"sex" text NOT NULL,
	"rank_grade" text,
	"education_level" text,
	"field_of_study" text,
	"position_id" uuid,
	"performance" text,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "civil_servants_sex_check" CHECK ("civil_servants"."sex" in ('male','female')),
	CONSTRAINT "civil_servants_performance_check" CHECK ("civil_servants"."performance" in ('below','meets','above'))
);
--> statement-breakpoint
CREATE TABLE "current_competency_levels" (
	"civil_servant_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"dictionary_id" uuid NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"level" double precision NOT NULL,
	"assessed_on" text NOT NULL,
	CONSTRAINT "current_competency_levels_civil_servant_id_dictionary_id_code_pk" PRIMARY KEY("civil_servant_id","dictionary_id","code")
);
--> statement-breakpoint
CREATE TABLE "position_requirements" (
	"position_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"standard_id" uuid NOT NULL,
	"dictionary_id" uuid NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"required_level" integer NOT NULL,
	"importance" text,
	CONSTRAINT "position_requirements_position_id_dictionary_id_code_pk" PRIMARY KEY("position_id","dictionary_id","code")
);
--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_civil_servant_id_civil_servants_id_fk" FOREIGN KEY ("civil_servant_id") REFERENCES "public"."civil_servants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_servants" ADD CONSTRAINT "civil_servants_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_servants" ADD CONSTRAINT "civil_servants_rank_grade_ranks_grade_fk" FOREIGN KEY ("rank_grade") REFERENCES "public"."ranks"("grade") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_servants" ADD CONSTRAINT "civil_servants_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_servants" ADD CONSTRAINT "civil_servants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "current_competency_levels" ADD CONSTRAINT "current_competency_levels_civil_servant_id_civil_servants_id_fk" FOREIGN KEY ("civil_servant_id") REFERENCES "public"."civil_servants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_requirements" ADD CONSTRAINT "position_requirements_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_servant_idx" ON "assessments" USING btree ("civil_servant_id","assessed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "civil_servants_nip_idx" ON "civil_servants" USING btree ("nip");--> statement-breakpoint
CREATE INDEX "civil_servants_agency_idx" ON "civil_servants" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "civil_servants_position_idx" ON "civil_servants" USING btree ("position_id");--> statement-breakpoint
CREATE UNIQUE INDEX "civil_servants_user_idx" ON "civil_servants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "current_competency_levels_competency_idx" ON "current_competency_levels" USING btree ("dictionary_id","code");--> statement-breakpoint
-- Requirements of positions that already have a ratified standard (same statement as
-- refreshPositionRequirements in src/db/repositories/talent-repository.ts, for all positions).
insert into position_requirements
  (position_id, agency_id, standard_id, dictionary_id, code, kind, name, required_level, importance)
select s.position_id, s.agency_id, s.id, v.dictionary_id, c.code, jc.kind, jc.name, jc.required_level,
  (select e->>'importance' from jsonb_array_elements(s.content->'competencies') e
    where e->>'competencyId' = jc.competency_id::text limit 1)
from (select distinct on (position_id) * from job_standards where status = 'ratified'
      order by position_id, version desc) s
join job_standard_competencies jc on jc.standard_id = s.id
join competencies c on c.id = jc.competency_id
join dictionary_versions v on v.id = c.dictionary_version_id
on conflict do nothing;
