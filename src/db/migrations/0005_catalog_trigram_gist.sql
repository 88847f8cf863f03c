DROP INDEX "job_standards_name_trgm_idx";--> statement-breakpoint
CREATE INDEX "job_standards_name_trgm_idx" ON "job_standards" USING gist (lower("position_name") gist_trgm_ops);