CREATE TABLE "login_throttle" (
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	CONSTRAINT "login_throttle_kind_key_pk" PRIMARY KEY("kind","key"),
	CONSTRAINT "login_throttle_kind_check" CHECK ("login_throttle"."kind" in ('pair','ip'))
);
--> statement-breakpoint
DROP TABLE "login_attempts" CASCADE;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "password_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "password_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "last_login_at" timestamp with time zone;--> statement-breakpoint
-- Employee logins made before this migration carry the one-time password an admin saw: it must be
-- changed at the next login and stops working 72 hours from now (an admin can reset it after).
UPDATE "users" SET "must_change_password" = true, "password_expires_at" = now() + interval '72 hours'
WHERE "id" IN (SELECT "user_id" FROM "civil_servants" WHERE "user_id" IS NOT NULL);
