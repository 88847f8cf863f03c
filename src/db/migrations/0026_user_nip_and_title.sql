ALTER TABLE "users" ADD COLUMN "nip" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "position_title" text;