CREATE TABLE "potential_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"civil_servant_id" uuid NOT NULL,
	"assessed_on" text NOT NULL,
	"score" double precision,
	"band" text NOT NULL,
	"source" text NOT NULL,
	"entry" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "potential_assessments_band_check" CHECK ("potential_assessments"."band" in ('low','medium','high')),
	CONSTRAINT "potential_assessments_score_check" CHECK ("potential_assessments"."score" between 0 and 100),
	CONSTRAINT "potential_assessments_entry_check" CHECK ("potential_assessments"."entry" in ('import','manual'))
);
--> statement-breakpoint
ALTER TABLE "potential_assessments" ADD CONSTRAINT "potential_assessments_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "potential_assessments" ADD CONSTRAINT "potential_assessments_civil_servant_id_civil_servants_id_fk" FOREIGN KEY ("civil_servant_id") REFERENCES "public"."civil_servants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "potential_assessments_servant_idx" ON "potential_assessments" USING btree ("civil_servant_id","assessed_on");--> statement-breakpoint
CREATE INDEX "potential_assessments_agency_idx" ON "potential_assessments" USING btree ("agency_id");