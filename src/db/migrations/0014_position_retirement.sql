ALTER TABLE "positions" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "positions_agency_name_idx" ON "positions" USING btree ("agency_id","name","id");