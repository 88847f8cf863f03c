ALTER TABLE "positions" ADD COLUMN "retired_at" timestamp with time zone;
