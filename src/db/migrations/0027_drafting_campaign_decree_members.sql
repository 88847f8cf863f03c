CREATE TABLE "drafting_campaign_decree_members" (
	"agency_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"drafting_campaign_id" uuid NOT NULL,
	"team_role" text NOT NULL,
	"name" text NOT NULL,
	"nip" text,
	"position_title" text DEFAULT '' NOT NULL,
	"user_id" uuid,
	"sort_order" integer NOT NULL,
	CONSTRAINT "drafting_campaign_decree_members_role_check" CHECK ("drafting_campaign_decree_members"."team_role" in ('steering','responsible','coordinator','chair','secretary','member'))
);
--> statement-breakpoint
ALTER TABLE "drafting_campaign_decree_members" ADD CONSTRAINT "drafting_campaign_decree_members_drafting_campaign_id_drafting_campaigns_id_fk" FOREIGN KEY ("drafting_campaign_id") REFERENCES "public"."drafting_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_campaign_decree_members" ADD CONSTRAINT "drafting_campaign_decree_members_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_campaign_decree_members" ADD CONSTRAINT "drafting_campaign_decree_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "drafting_campaign_decree_members_campaign_idx" ON "drafting_campaign_decree_members" USING btree ("drafting_campaign_id","sort_order");