CREATE TABLE "job_files" (
	"name" text NOT NULL,
	"part" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "job_files_name_part_pk" PRIMARY KEY("name","part")
);
--> statement-breakpoint
ALTER TABLE "background_jobs" ADD COLUMN "phase" text;--> statement-breakpoint
ALTER TABLE "background_jobs" ADD COLUMN "rows_read" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "background_jobs" ADD COLUMN "rows_rejected" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "background_jobs" ADD COLUMN "result" jsonb;--> statement-breakpoint
ALTER TABLE "background_jobs" ADD COLUMN "error_code" text;--> statement-breakpoint
ALTER TABLE "background_jobs" ADD COLUMN "error_details" jsonb;--> statement-breakpoint
ALTER TABLE "background_jobs" ADD COLUMN "input_file" text;--> statement-breakpoint
ALTER TABLE "background_jobs" ADD COLUMN "locked_by" text;--> statement-breakpoint
ALTER TABLE "background_jobs" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "background_jobs" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "background_jobs" ADD COLUMN "started_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "background_jobs_queued_idx" ON "background_jobs" USING btree ("created_at") WHERE "background_jobs"."status" = 'queued';--> statement-breakpoint
CREATE INDEX "background_jobs_lease_idx" ON "background_jobs" USING btree ("lease_until") WHERE "background_jobs"."status" = 'running';