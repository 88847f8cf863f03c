-- Every agency-owned child table names its agency (ADR 0023): added, filled from the parent row, then required.
ALTER TABLE "assessment_scores" ADD COLUMN "agency_id" uuid;--> statement-breakpoint
UPDATE "assessment_scores" SET "agency_id" = "assessments"."agency_id" FROM "assessments" WHERE "assessments"."id" = "assessment_scores"."assessment_id";--> statement-breakpoint
ALTER TABLE "assessment_scores" ALTER COLUMN "agency_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_campaign_groups" ADD COLUMN "agency_id" uuid;--> statement-breakpoint
UPDATE "drafting_campaign_groups" SET "agency_id" = "drafting_campaigns"."agency_id" FROM "drafting_campaigns" WHERE "drafting_campaigns"."id" = "drafting_campaign_groups"."drafting_campaign_id";--> statement-breakpoint
ALTER TABLE "drafting_campaign_groups" ALTER COLUMN "agency_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "drafting_campaign_groups" ADD CONSTRAINT "drafting_campaign_groups_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_campaign_interviews" ADD COLUMN "agency_id" uuid;--> statement-breakpoint
UPDATE "drafting_campaign_interviews" SET "agency_id" = "drafting_campaigns"."agency_id" FROM "drafting_campaigns" WHERE "drafting_campaigns"."id" = "drafting_campaign_interviews"."drafting_campaign_id";--> statement-breakpoint
ALTER TABLE "drafting_campaign_interviews" ALTER COLUMN "agency_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "drafting_campaign_interviews" ADD CONSTRAINT "drafting_campaign_interviews_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_campaign_members" ADD COLUMN "agency_id" uuid;--> statement-breakpoint
UPDATE "drafting_campaign_members" SET "agency_id" = "drafting_campaigns"."agency_id" FROM "drafting_campaigns" WHERE "drafting_campaigns"."id" = "drafting_campaign_members"."drafting_campaign_id";--> statement-breakpoint
ALTER TABLE "drafting_campaign_members" ALTER COLUMN "agency_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "drafting_campaign_members" ADD CONSTRAINT "drafting_campaign_members_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_campaign_phases" ADD COLUMN "agency_id" uuid;--> statement-breakpoint
UPDATE "drafting_campaign_phases" SET "agency_id" = "drafting_campaigns"."agency_id" FROM "drafting_campaigns" WHERE "drafting_campaigns"."id" = "drafting_campaign_phases"."drafting_campaign_id";--> statement-breakpoint
ALTER TABLE "drafting_campaign_phases" ALTER COLUMN "agency_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "drafting_campaign_phases" ADD CONSTRAINT "drafting_campaign_phases_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_campaign_positions" ADD COLUMN "agency_id" uuid;--> statement-breakpoint
UPDATE "drafting_campaign_positions" SET "agency_id" = "drafting_campaigns"."agency_id" FROM "drafting_campaigns" WHERE "drafting_campaigns"."id" = "drafting_campaign_positions"."drafting_campaign_id";--> statement-breakpoint
ALTER TABLE "drafting_campaign_positions" ALTER COLUMN "agency_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "drafting_campaign_positions" ADD CONSTRAINT "drafting_campaign_positions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_campaign_sop_steps" ADD COLUMN "agency_id" uuid;--> statement-breakpoint
UPDATE "drafting_campaign_sop_steps" SET "agency_id" = "drafting_campaigns"."agency_id" FROM "drafting_campaigns" WHERE "drafting_campaigns"."id" = "drafting_campaign_sop_steps"."drafting_campaign_id";--> statement-breakpoint
ALTER TABLE "drafting_campaign_sop_steps" ALTER COLUMN "agency_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "drafting_campaign_sop_steps" ADD CONSTRAINT "drafting_campaign_sop_steps_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_description_versions" ADD COLUMN "agency_id" uuid;--> statement-breakpoint
UPDATE "job_description_versions" SET "agency_id" = "job_descriptions"."agency_id" FROM "job_descriptions" WHERE "job_descriptions"."id" = "job_description_versions"."job_description_id";--> statement-breakpoint
ALTER TABLE "job_description_versions" ALTER COLUMN "agency_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "job_description_versions" ADD CONSTRAINT "job_description_versions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_standard_competencies" ADD COLUMN "agency_id" uuid;--> statement-breakpoint
UPDATE "job_standard_competencies" SET "agency_id" = "job_standards"."agency_id" FROM "job_standards" WHERE "job_standards"."id" = "job_standard_competencies"."standard_id";--> statement-breakpoint
ALTER TABLE "job_standard_competencies" ALTER COLUMN "agency_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "job_standard_competencies" ADD CONSTRAINT "job_standard_competencies_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_standard_transitions" ADD COLUMN "agency_id" uuid;--> statement-breakpoint
UPDATE "job_standard_transitions" SET "agency_id" = "job_standards"."agency_id" FROM "job_standards" WHERE "job_standards"."id" = "job_standard_transitions"."standard_id";--> statement-breakpoint
ALTER TABLE "job_standard_transitions" ALTER COLUMN "agency_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "job_standard_transitions" ADD CONSTRAINT "job_standard_transitions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;
