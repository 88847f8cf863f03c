ALTER TABLE "assessment_scores" DROP CONSTRAINT "assessment_scores_assessment_id_assessments_id_fk";
--> statement-breakpoint
ALTER TABLE "assessments" DROP CONSTRAINT "assessments_civil_servant_id_civil_servants_id_fk";
--> statement-breakpoint
ALTER TABLE "civil_servants" DROP CONSTRAINT "civil_servants_position_id_positions_id_fk";
--> statement-breakpoint
ALTER TABLE "critical_positions" DROP CONSTRAINT "critical_positions_position_id_positions_id_fk";
--> statement-breakpoint
ALTER TABLE "current_competency_levels" DROP CONSTRAINT "current_competency_levels_civil_servant_id_civil_servants_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_decree_members" DROP CONSTRAINT "drafting_campaign_decree_members_drafting_campaign_id_drafting_campaigns_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_groups" DROP CONSTRAINT "drafting_campaign_groups_drafting_campaign_id_drafting_campaigns_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_interviews" DROP CONSTRAINT "drafting_campaign_interviews_drafting_campaign_id_drafting_campaigns_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_interviews" DROP CONSTRAINT "drafting_campaign_interviews_position_id_positions_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_members" DROP CONSTRAINT "drafting_campaign_members_drafting_campaign_id_drafting_campaigns_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_members" DROP CONSTRAINT "drafting_campaign_members_group_id_drafting_campaign_groups_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_phases" DROP CONSTRAINT "drafting_campaign_phases_drafting_campaign_id_drafting_campaigns_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_positions" DROP CONSTRAINT "drafting_campaign_positions_drafting_campaign_id_drafting_campaigns_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_positions" DROP CONSTRAINT "drafting_campaign_positions_position_id_positions_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_sop_steps" DROP CONSTRAINT "drafting_campaign_sop_steps_drafting_campaign_id_drafting_campaigns_id_fk";
--> statement-breakpoint
ALTER TABLE "job_description_versions" DROP CONSTRAINT "job_description_versions_job_description_id_job_descriptions_id_fk";
--> statement-breakpoint
ALTER TABLE "job_descriptions" DROP CONSTRAINT "job_descriptions_position_id_positions_id_fk";
--> statement-breakpoint
ALTER TABLE "job_evaluations" DROP CONSTRAINT "job_evaluations_position_id_positions_id_fk";
--> statement-breakpoint
ALTER TABLE "job_standard_competencies" DROP CONSTRAINT "job_standard_competencies_standard_id_job_standards_id_fk";
--> statement-breakpoint
ALTER TABLE "job_standard_transitions" DROP CONSTRAINT "job_standard_transitions_standard_id_job_standards_id_fk";
--> statement-breakpoint
ALTER TABLE "job_standards" DROP CONSTRAINT "job_standards_position_id_positions_id_fk";
--> statement-breakpoint
ALTER TABLE "multi_rater_answers" DROP CONSTRAINT "multi_rater_answers_rater_id_multi_rater_raters_id_fk";
--> statement-breakpoint
ALTER TABLE "multi_rater_raters" DROP CONSTRAINT "multi_rater_raters_round_id_multi_rater_rounds_id_fk";
--> statement-breakpoint
ALTER TABLE "multi_rater_raters" DROP CONSTRAINT "multi_rater_raters_subject_id_multi_rater_subjects_id_fk";
--> statement-breakpoint
ALTER TABLE "multi_rater_raters" DROP CONSTRAINT "multi_rater_raters_rater_civil_servant_id_civil_servants_id_fk";
--> statement-breakpoint
ALTER TABLE "multi_rater_subjects" DROP CONSTRAINT "multi_rater_subjects_round_id_multi_rater_rounds_id_fk";
--> statement-breakpoint
ALTER TABLE "multi_rater_subjects" DROP CONSTRAINT "multi_rater_subjects_civil_servant_id_civil_servants_id_fk";
--> statement-breakpoint
ALTER TABLE "multi_rater_subjects" DROP CONSTRAINT "multi_rater_subjects_position_id_positions_id_fk";
--> statement-breakpoint
ALTER TABLE "multi_rater_subjects" DROP CONSTRAINT "multi_rater_subjects_standard_id_job_standards_id_fk";
--> statement-breakpoint
ALTER TABLE "own_position_matches" DROP CONSTRAINT "own_position_matches_civil_servant_id_civil_servants_id_fk";
--> statement-breakpoint
ALTER TABLE "position_requirements" DROP CONSTRAINT "position_requirements_position_id_positions_id_fk";
--> statement-breakpoint
ALTER TABLE "positions" DROP CONSTRAINT "positions_org_unit_id_org_units_id_fk";
--> statement-breakpoint
ALTER TABLE "potential_assessments" DROP CONSTRAINT "potential_assessments_civil_servant_id_civil_servants_id_fk";
--> statement-breakpoint
ALTER TABLE "succession_nominations" DROP CONSTRAINT "succession_nominations_position_id_positions_id_fk";
--> statement-breakpoint
ALTER TABLE "succession_nominations" DROP CONSTRAINT "succession_nominations_civil_servant_id_civil_servants_id_fk";
--> statement-breakpoint
DROP INDEX "civil_servants_nip_idx";--> statement-breakpoint
DROP INDEX "civil_servants_agency_nip_idx";--> statement-breakpoint
DROP INDEX "civil_servants_user_idx";--> statement-breakpoint
DROP INDEX "job_description_versions_unique_idx";--> statement-breakpoint
DROP INDEX "job_descriptions_position_idx";--> statement-breakpoint
DROP INDEX "job_standards_lineage_version_idx";--> statement-breakpoint
DROP INDEX "multi_rater_raters_subject_rater_idx";--> statement-breakpoint
DROP INDEX "multi_rater_subjects_round_servant_idx";--> statement-breakpoint
DROP INDEX "succession_nominations_position_servant_idx";--> statement-breakpoint
ALTER TABLE "assessment_scores" DROP CONSTRAINT "assessment_scores_assessment_id_dictionary_id_code_pk";--> statement-breakpoint
ALTER TABLE "current_competency_levels" DROP CONSTRAINT "current_competency_levels_civil_servant_id_dictionary_id_code_pk";--> statement-breakpoint
ALTER TABLE "drafting_campaign_members" DROP CONSTRAINT "drafting_campaign_members_drafting_campaign_id_user_id_pk";--> statement-breakpoint
ALTER TABLE "drafting_campaign_positions" DROP CONSTRAINT "drafting_campaign_positions_drafting_campaign_id_position_id_pk";--> statement-breakpoint
ALTER TABLE "job_standard_competencies" DROP CONSTRAINT "job_standard_competencies_standard_id_competency_id_pk";--> statement-breakpoint
ALTER TABLE "multi_rater_answers" DROP CONSTRAINT "multi_rater_answers_rater_id_dictionary_id_code_pk";--> statement-breakpoint
ALTER TABLE "position_requirements" DROP CONSTRAINT "position_requirements_position_id_dictionary_id_code_pk";--> statement-breakpoint
ALTER TABLE "assessments" DROP CONSTRAINT "assessments_pkey";--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_pkey";--> statement-breakpoint
-- National actions (no agency) get the national distribution value (ADR 0023, tahap 2).
UPDATE "audit_log" SET "agency_id" = '00000000-0000-0000-0000-000000000000' WHERE "agency_id" IS NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "agency_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "civil_servants" DROP CONSTRAINT "civil_servants_pkey";--> statement-breakpoint
ALTER TABLE "critical_positions" DROP CONSTRAINT "critical_positions_pkey";--> statement-breakpoint
ALTER TABLE "drafting_campaign_decree_members" DROP CONSTRAINT "drafting_campaign_decree_members_pkey";--> statement-breakpoint
ALTER TABLE "drafting_campaign_groups" DROP CONSTRAINT "drafting_campaign_groups_pkey";--> statement-breakpoint
ALTER TABLE "drafting_campaign_interviews" DROP CONSTRAINT "drafting_campaign_interviews_pkey";--> statement-breakpoint
ALTER TABLE "drafting_campaign_phases" DROP CONSTRAINT "drafting_campaign_phases_pkey";--> statement-breakpoint
ALTER TABLE "drafting_campaign_sop_steps" DROP CONSTRAINT "drafting_campaign_sop_steps_pkey";--> statement-breakpoint
ALTER TABLE "drafting_campaigns" DROP CONSTRAINT "drafting_campaigns_pkey";--> statement-breakpoint
ALTER TABLE "job_description_versions" DROP CONSTRAINT "job_description_versions_pkey";--> statement-breakpoint
ALTER TABLE "job_descriptions" DROP CONSTRAINT "job_descriptions_pkey";--> statement-breakpoint
ALTER TABLE "job_evaluations" DROP CONSTRAINT "job_evaluations_pkey";--> statement-breakpoint
ALTER TABLE "job_standard_transitions" DROP CONSTRAINT "job_standard_transitions_pkey";--> statement-breakpoint
ALTER TABLE "job_standards" DROP CONSTRAINT "job_standards_pkey";--> statement-breakpoint
ALTER TABLE "multi_rater_raters" DROP CONSTRAINT "multi_rater_raters_pkey";--> statement-breakpoint
ALTER TABLE "multi_rater_rounds" DROP CONSTRAINT "multi_rater_rounds_pkey";--> statement-breakpoint
ALTER TABLE "multi_rater_subjects" DROP CONSTRAINT "multi_rater_subjects_pkey";--> statement-breakpoint
ALTER TABLE "org_units" DROP CONSTRAINT "org_units_pkey";--> statement-breakpoint
ALTER TABLE "own_position_matches" DROP CONSTRAINT "own_position_matches_pkey";--> statement-breakpoint
ALTER TABLE "positions" DROP CONSTRAINT "positions_pkey";--> statement-breakpoint
ALTER TABLE "potential_assessments" DROP CONSTRAINT "potential_assessments_pkey";--> statement-breakpoint
ALTER TABLE "succession_nominations" DROP CONSTRAINT "succession_nominations_pkey";--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_pkey" PRIMARY KEY("assessment_id","dictionary_id","code","agency_id");--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "civil_servants" ADD CONSTRAINT "civil_servants_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "critical_positions" ADD CONSTRAINT "critical_positions_pkey" PRIMARY KEY("position_id","agency_id");--> statement-breakpoint
ALTER TABLE "current_competency_levels" ADD CONSTRAINT "current_competency_levels_pkey" PRIMARY KEY("civil_servant_id","dictionary_id","code","agency_id");--> statement-breakpoint
ALTER TABLE "drafting_campaign_decree_members" ADD CONSTRAINT "drafting_campaign_decree_members_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "drafting_campaign_groups" ADD CONSTRAINT "drafting_campaign_groups_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "drafting_campaign_interviews" ADD CONSTRAINT "drafting_campaign_interviews_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "drafting_campaign_members" ADD CONSTRAINT "drafting_campaign_members_pkey" PRIMARY KEY("drafting_campaign_id","user_id","agency_id");--> statement-breakpoint
ALTER TABLE "drafting_campaign_phases" ADD CONSTRAINT "drafting_campaign_phases_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "drafting_campaign_positions" ADD CONSTRAINT "drafting_campaign_positions_pkey" PRIMARY KEY("drafting_campaign_id","position_id","agency_id");--> statement-breakpoint
ALTER TABLE "drafting_campaign_sop_steps" ADD CONSTRAINT "drafting_campaign_sop_steps_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "drafting_campaigns" ADD CONSTRAINT "drafting_campaigns_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "job_description_versions" ADD CONSTRAINT "job_description_versions_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "job_descriptions" ADD CONSTRAINT "job_descriptions_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "job_evaluations" ADD CONSTRAINT "job_evaluations_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "job_standard_competencies" ADD CONSTRAINT "job_standard_competencies_pkey" PRIMARY KEY("standard_id","competency_id","agency_id");--> statement-breakpoint
ALTER TABLE "job_standard_transitions" ADD CONSTRAINT "job_standard_transitions_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "job_standards" ADD CONSTRAINT "job_standards_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "multi_rater_answers" ADD CONSTRAINT "multi_rater_answers_pkey" PRIMARY KEY("rater_id","dictionary_id","code","agency_id");--> statement-breakpoint
ALTER TABLE "multi_rater_raters" ADD CONSTRAINT "multi_rater_raters_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "multi_rater_rounds" ADD CONSTRAINT "multi_rater_rounds_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "multi_rater_subjects" ADD CONSTRAINT "multi_rater_subjects_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "own_position_matches" ADD CONSTRAINT "own_position_matches_pkey" PRIMARY KEY("civil_servant_id","agency_id");--> statement-breakpoint
ALTER TABLE "position_requirements" ADD CONSTRAINT "position_requirements_pkey" PRIMARY KEY("position_id","dictionary_id","code","agency_id");--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "potential_assessments" ADD CONSTRAINT "potential_assessments_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "succession_nominations" ADD CONSTRAINT "succession_nominations_pkey" PRIMARY KEY("id","agency_id");--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_assessment_fk" FOREIGN KEY ("assessment_id","agency_id") REFERENCES "public"."assessments"("id","agency_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_civil_servant_fk" FOREIGN KEY ("civil_servant_id","agency_id") REFERENCES "public"."civil_servants"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_servants" ADD CONSTRAINT "civil_servants_position_fk" FOREIGN KEY ("position_id","agency_id") REFERENCES "public"."positions"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "critical_positions" ADD CONSTRAINT "critical_positions_position_fk" FOREIGN KEY ("position_id","agency_id") REFERENCES "public"."positions"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "current_competency_levels" ADD CONSTRAINT "current_competency_levels_civil_servant_fk" FOREIGN KEY ("civil_servant_id","agency_id") REFERENCES "public"."civil_servants"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_campaign_decree_members" ADD CONSTRAINT "drafting_campaign_decree_members_drafting_campaign_fk" FOREIGN KEY ("drafting_campaign_id","agency_id") REFERENCES "public"."drafting_campaigns"("id","agency_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_campaign_groups" ADD CONSTRAINT "drafting_campaign_groups_drafting_campaign_fk" FOREIGN KEY ("drafting_campaign_id","agency_id") REFERENCES "public"."drafting_campaigns"("id","agency_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_campaign_interviews" ADD CONSTRAINT "drafting_campaign_interviews_drafting_campaign_fk" FOREIGN KEY ("drafting_campaign_id","agency_id") REFERENCES "public"."drafting_campaigns"("id","agency_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_campaign_interviews" ADD CONSTRAINT "drafting_campaign_interviews_position_fk" FOREIGN KEY ("position_id","agency_id") REFERENCES "public"."positions"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_campaign_members" ADD CONSTRAINT "drafting_campaign_members_drafting_campaign_fk" FOREIGN KEY ("drafting_campaign_id","agency_id") REFERENCES "public"."drafting_campaigns"("id","agency_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_campaign_members" ADD CONSTRAINT "drafting_campaign_members_group_fk" FOREIGN KEY ("group_id","agency_id") REFERENCES "public"."drafting_campaign_groups"("id","agency_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_campaign_phases" ADD CONSTRAINT "drafting_campaign_phases_drafting_campaign_fk" FOREIGN KEY ("drafting_campaign_id","agency_id") REFERENCES "public"."drafting_campaigns"("id","agency_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_campaign_positions" ADD CONSTRAINT "drafting_campaign_positions_drafting_campaign_fk" FOREIGN KEY ("drafting_campaign_id","agency_id") REFERENCES "public"."drafting_campaigns"("id","agency_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_campaign_positions" ADD CONSTRAINT "drafting_campaign_positions_position_fk" FOREIGN KEY ("position_id","agency_id") REFERENCES "public"."positions"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_campaign_sop_steps" ADD CONSTRAINT "drafting_campaign_sop_steps_drafting_campaign_fk" FOREIGN KEY ("drafting_campaign_id","agency_id") REFERENCES "public"."drafting_campaigns"("id","agency_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_description_versions" ADD CONSTRAINT "job_description_versions_job_description_fk" FOREIGN KEY ("job_description_id","agency_id") REFERENCES "public"."job_descriptions"("id","agency_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_descriptions" ADD CONSTRAINT "job_descriptions_position_fk" FOREIGN KEY ("position_id","agency_id") REFERENCES "public"."positions"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_evaluations" ADD CONSTRAINT "job_evaluations_position_fk" FOREIGN KEY ("position_id","agency_id") REFERENCES "public"."positions"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_standard_competencies" ADD CONSTRAINT "job_standard_competencies_standard_fk" FOREIGN KEY ("standard_id","agency_id") REFERENCES "public"."job_standards"("id","agency_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_standard_transitions" ADD CONSTRAINT "job_standard_transitions_standard_fk" FOREIGN KEY ("standard_id","agency_id") REFERENCES "public"."job_standards"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_standards" ADD CONSTRAINT "job_standards_position_fk" FOREIGN KEY ("position_id","agency_id") REFERENCES "public"."positions"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "multi_rater_answers" ADD CONSTRAINT "multi_rater_answers_rater_fk" FOREIGN KEY ("rater_id","agency_id") REFERENCES "public"."multi_rater_raters"("id","agency_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "multi_rater_raters" ADD CONSTRAINT "multi_rater_raters_round_fk" FOREIGN KEY ("round_id","agency_id") REFERENCES "public"."multi_rater_rounds"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "multi_rater_raters" ADD CONSTRAINT "multi_rater_raters_subject_fk" FOREIGN KEY ("subject_id","agency_id") REFERENCES "public"."multi_rater_subjects"("id","agency_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "multi_rater_raters" ADD CONSTRAINT "multi_rater_raters_rater_civil_servant_fk" FOREIGN KEY ("rater_civil_servant_id","agency_id") REFERENCES "public"."civil_servants"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "multi_rater_subjects" ADD CONSTRAINT "multi_rater_subjects_round_fk" FOREIGN KEY ("round_id","agency_id") REFERENCES "public"."multi_rater_rounds"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "multi_rater_subjects" ADD CONSTRAINT "multi_rater_subjects_civil_servant_fk" FOREIGN KEY ("civil_servant_id","agency_id") REFERENCES "public"."civil_servants"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "multi_rater_subjects" ADD CONSTRAINT "multi_rater_subjects_position_fk" FOREIGN KEY ("position_id","agency_id") REFERENCES "public"."positions"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "multi_rater_subjects" ADD CONSTRAINT "multi_rater_subjects_standard_fk" FOREIGN KEY ("standard_id","agency_id") REFERENCES "public"."job_standards"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "own_position_matches" ADD CONSTRAINT "own_position_matches_civil_servant_fk" FOREIGN KEY ("civil_servant_id","agency_id") REFERENCES "public"."civil_servants"("id","agency_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_requirements" ADD CONSTRAINT "position_requirements_position_fk" FOREIGN KEY ("position_id","agency_id") REFERENCES "public"."positions"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_org_unit_fk" FOREIGN KEY ("org_unit_id","agency_id") REFERENCES "public"."org_units"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "potential_assessments" ADD CONSTRAINT "potential_assessments_civil_servant_fk" FOREIGN KEY ("civil_servant_id","agency_id") REFERENCES "public"."civil_servants"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "succession_nominations" ADD CONSTRAINT "succession_nominations_position_fk" FOREIGN KEY ("position_id","agency_id") REFERENCES "public"."positions"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "succession_nominations" ADD CONSTRAINT "succession_nominations_civil_servant_fk" FOREIGN KEY ("civil_servant_id","agency_id") REFERENCES "public"."civil_servants"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "civil_servants_nip_idx" ON "civil_servants" USING btree ("nip");--> statement-breakpoint
CREATE UNIQUE INDEX "civil_servants_agency_nip_idx" ON "civil_servants" USING btree ("agency_id","nip");--> statement-breakpoint
CREATE UNIQUE INDEX "civil_servants_user_idx" ON "civil_servants" USING btree ("user_id","agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "job_description_versions_unique_idx" ON "job_description_versions" USING btree ("job_description_id","version","agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "job_descriptions_position_idx" ON "job_descriptions" USING btree ("position_id","agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "job_standards_lineage_version_idx" ON "job_standards" USING btree ("lineage_id","version","agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "multi_rater_raters_subject_rater_idx" ON "multi_rater_raters" USING btree ("subject_id","rater_civil_servant_id","agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "multi_rater_subjects_round_servant_idx" ON "multi_rater_subjects" USING btree ("round_id","civil_servant_id","agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "succession_nominations_position_servant_idx" ON "succession_nominations" USING btree ("position_id","civil_servant_id","agency_id");--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_national_id_check" CHECK ("agencies"."id" <> '00000000-0000-0000-0000-000000000000');