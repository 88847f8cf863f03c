CREATE TABLE "critical_positions" (
	"position_id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"marked_by" uuid NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "succession_nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"civil_servant_id" uuid NOT NULL,
	"readiness" text NOT NULL,
	"development_plan" text DEFAULT '' NOT NULL,
	"percent_at_nomination" double precision,
	"nominated_by" uuid NOT NULL,
	"nominated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "succession_nominations_readiness_check" CHECK ("succession_nominations"."readiness" in ('readyNow','readyInOneToTwoYears','readyInThreeYearsOrMore'))
);
--> statement-breakpoint
ALTER TABLE "critical_positions" ADD CONSTRAINT "critical_positions_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "critical_positions" ADD CONSTRAINT "critical_positions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "succession_nominations" ADD CONSTRAINT "succession_nominations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "succession_nominations" ADD CONSTRAINT "succession_nominations_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "succession_nominations" ADD CONSTRAINT "succession_nominations_civil_servant_id_civil_servants_id_fk" FOREIGN KEY ("civil_servant_id") REFERENCES "public"."civil_servants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "succession_nominations_position_servant_idx" ON "succession_nominations" USING btree ("position_id","civil_servant_id");--> statement-breakpoint
CREATE INDEX "succession_nominations_agency_idx" ON "succession_nominations" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "succession_nominations_servant_idx" ON "succession_nominations" USING btree ("civil_servant_id");