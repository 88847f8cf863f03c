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
DROP TABLE "login_attempts" CASCADE;