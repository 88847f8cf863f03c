ALTER TABLE "agencies" ADD COLUMN "official_name" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "letterhead_unit" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "website" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "place" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "province" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "head_title" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "head_name" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "head_nip" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "staffing_title" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "staffing_name" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "staffing_nip" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "logo_data" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "logo_content_type" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "identity_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_logo_type_check" CHECK ("agencies"."logo_content_type" is null or "agencies"."logo_content_type" in ('image/png','image/svg+xml'));