-- Filled by the application, not here: the placement is the domain's (placePotential, nineBox) under each
-- agency's policy; at start every agency with civil servants and no counts is placed
-- (services/talent-placement.ts, placeAgenciesNotYetPlaced).
CREATE TABLE "talent_box_counts" (
	"agency_id" uuid NOT NULL,
	"box" integer NOT NULL,
	"basis" text NOT NULL,
	"people" integer NOT NULL,
	CONSTRAINT "talent_box_counts_pkey" PRIMARY KEY("agency_id","box","basis")
);
--> statement-breakpoint
CREATE TABLE "talent_placements" (
	"civil_servant_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"box" integer NOT NULL,
	"basis" text NOT NULL,
	"percent" double precision,
	CONSTRAINT "talent_placements_pkey" PRIMARY KEY("civil_servant_id","agency_id"),
	CONSTRAINT "talent_placements_box_check" CHECK ("talent_placements"."box" between 0 and 9),
	CONSTRAINT "talent_placements_basis_check" CHECK (("talent_placements"."box" = 0 and "talent_placements"."basis" in ('noPerformance','noPotential'))
        or ("talent_placements"."box" > 0 and "talent_placements"."basis" in ('potentialAssessment','jpm')))
);
--> statement-breakpoint
ALTER TABLE "talent_box_counts" ADD CONSTRAINT "talent_box_counts_agency_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_placements" ADD CONSTRAINT "talent_placements_civil_servant_fk" FOREIGN KEY ("civil_servant_id","agency_id") REFERENCES "public"."civil_servants"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "talent_placements_box_idx" ON "talent_placements" USING btree ("agency_id","box","percent" DESC NULLS LAST,"civil_servant_id");