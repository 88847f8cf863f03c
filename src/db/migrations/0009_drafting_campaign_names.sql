-- The glossary's identifier for "kegiatan penyusunan SKJ" is draftingCampaign: the campaign tables,
-- their key columns, constraints and indexes take that name (renamed in place, data kept).
ALTER TABLE "campaign_groups" RENAME TO "drafting_campaign_groups";
--> statement-breakpoint
ALTER TABLE "campaign_interviews" RENAME TO "drafting_campaign_interviews";
--> statement-breakpoint
ALTER TABLE "campaign_members" RENAME TO "drafting_campaign_members";
--> statement-breakpoint
ALTER TABLE "campaign_phases" RENAME TO "drafting_campaign_phases";
--> statement-breakpoint
ALTER TABLE "campaign_positions" RENAME TO "drafting_campaign_positions";
--> statement-breakpoint
ALTER TABLE "campaign_sop_steps" RENAME TO "drafting_campaign_sop_steps";
--> statement-breakpoint
ALTER TABLE "campaigns" RENAME TO "drafting_campaigns";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_groups" RENAME COLUMN "campaign_id" TO "drafting_campaign_id";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_groups" RENAME CONSTRAINT "campaign_groups_campaign_id_campaigns_id_fk" TO "drafting_campaign_groups_drafting_campaign_id_drafting_campaigns_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_groups" RENAME CONSTRAINT "campaign_groups_kind_check" TO "drafting_campaign_groups_kind_check";
--> statement-breakpoint
ALTER INDEX "campaign_groups_campaign_idx" RENAME TO "drafting_campaign_groups_drafting_campaign_idx";
--> statement-breakpoint
ALTER INDEX "campaign_groups_pkey" RENAME TO "drafting_campaign_groups_pkey";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_interviews" RENAME COLUMN "campaign_id" TO "drafting_campaign_id";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_interviews" RENAME CONSTRAINT "campaign_interviews_campaign_id_campaigns_id_fk" TO "drafting_campaign_interviews_drafting_campaign_id_drafting_campaigns_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_interviews" RENAME CONSTRAINT "campaign_interviews_position_id_positions_id_fk" TO "drafting_campaign_interviews_position_id_positions_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_interviews" RENAME CONSTRAINT "campaign_interviews_role_check" TO "drafting_campaign_interviews_role_check";
--> statement-breakpoint
ALTER INDEX "campaign_interviews_position_idx" RENAME TO "drafting_campaign_interviews_position_idx";
--> statement-breakpoint
ALTER INDEX "campaign_interviews_pkey" RENAME TO "drafting_campaign_interviews_pkey";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_members" RENAME COLUMN "campaign_id" TO "drafting_campaign_id";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_members" RENAME CONSTRAINT "campaign_members_campaign_id_campaigns_id_fk" TO "drafting_campaign_members_drafting_campaign_id_drafting_campaigns_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_members" RENAME CONSTRAINT "campaign_members_user_id_users_id_fk" TO "drafting_campaign_members_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_members" RENAME CONSTRAINT "campaign_members_group_id_campaign_groups_id_fk" TO "drafting_campaign_members_group_id_drafting_campaign_groups_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_members" RENAME CONSTRAINT "campaign_members_campaign_id_user_id_pk" TO "drafting_campaign_members_drafting_campaign_id_user_id_pk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_members" RENAME CONSTRAINT "campaign_members_role_check" TO "drafting_campaign_members_role_check";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_phases" RENAME COLUMN "campaign_id" TO "drafting_campaign_id";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_phases" RENAME CONSTRAINT "campaign_phases_campaign_id_campaigns_id_fk" TO "drafting_campaign_phases_drafting_campaign_id_drafting_campaigns_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_phases" RENAME CONSTRAINT "campaign_phases_kind_check" TO "drafting_campaign_phases_kind_check";
--> statement-breakpoint
ALTER INDEX "campaign_phases_campaign_idx" RENAME TO "drafting_campaign_phases_drafting_campaign_idx";
--> statement-breakpoint
ALTER INDEX "campaign_phases_pkey" RENAME TO "drafting_campaign_phases_pkey";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_positions" RENAME COLUMN "campaign_id" TO "drafting_campaign_id";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_positions" RENAME CONSTRAINT "campaign_positions_campaign_id_campaigns_id_fk" TO "drafting_campaign_positions_drafting_campaign_id_drafting_campaigns_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_positions" RENAME CONSTRAINT "campaign_positions_position_id_positions_id_fk" TO "drafting_campaign_positions_position_id_positions_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_positions" RENAME CONSTRAINT "campaign_positions_assignee_id_users_id_fk" TO "drafting_campaign_positions_assignee_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_positions" RENAME CONSTRAINT "campaign_positions_campaign_id_position_id_pk" TO "drafting_campaign_positions_drafting_campaign_id_position_id_pk";
--> statement-breakpoint
ALTER INDEX "campaign_positions_assignee_idx" RENAME TO "drafting_campaign_positions_assignee_idx";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_sop_steps" RENAME COLUMN "campaign_id" TO "drafting_campaign_id";
--> statement-breakpoint
ALTER TABLE "drafting_campaign_sop_steps" RENAME CONSTRAINT "campaign_sop_steps_campaign_id_campaigns_id_fk" TO "drafting_campaign_sop_steps_drafting_campaign_id_drafting_campaigns_id_fk";
--> statement-breakpoint
ALTER INDEX "campaign_sop_steps_campaign_idx" RENAME TO "drafting_campaign_sop_steps_drafting_campaign_idx";
--> statement-breakpoint
ALTER INDEX "campaign_sop_steps_pkey" RENAME TO "drafting_campaign_sop_steps_pkey";
--> statement-breakpoint
ALTER TABLE "drafting_campaigns" RENAME CONSTRAINT "campaigns_agency_id_agencies_id_fk" TO "drafting_campaigns_agency_id_agencies_id_fk";
--> statement-breakpoint
ALTER TABLE "drafting_campaigns" RENAME CONSTRAINT "campaigns_period_check" TO "drafting_campaigns_period_check";
--> statement-breakpoint
ALTER INDEX "campaigns_agency_idx" RENAME TO "drafting_campaigns_agency_idx";
--> statement-breakpoint
ALTER INDEX "campaigns_pkey" RENAME TO "drafting_campaigns_pkey";
--> statement-breakpoint
-- PostgreSQL 18 names its NOT NULL constraints (table_column_not_null); older servers have none.
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT conrelid::regclass::text AS tbl, conname FROM pg_constraint
           WHERE contype = 'n' AND conname LIKE 'campaign%' LOOP
    EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', r.tbl, r.conname,
                   replace(r.conname, 'campaign', 'drafting_campaign'));
  END LOOP;
END $$;
--> statement-breakpoint
UPDATE "audit_log" SET "entity" = 'draftingCampaign' WHERE "entity" = 'campaign';
