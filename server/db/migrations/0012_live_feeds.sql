CREATE TABLE "feed_callers" (
	"team_id" text NOT NULL,
	"call_id" text NOT NULL,
	"caller" json NOT NULL,
	CONSTRAINT "feed_callers_team_id_call_id_pk" PRIMARY KEY("team_id","call_id")
);
--> statement-breakpoint
CREATE TABLE "feed_changes" (
	"team_id" text NOT NULL,
	"seq" bigint NOT NULL,
	"epoch" bigint NOT NULL,
	"kind" text NOT NULL,
	"caller" json NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feed_changes_team_id_seq_pk" PRIMARY KEY("team_id","seq")
);
--> statement-breakpoint
CREATE TABLE "team_feeds" (
	"team_id" text PRIMARY KEY NOT NULL,
	"epoch" bigint DEFAULT 0 NOT NULL,
	"owner" text,
	"owned_at" timestamp with time zone,
	"seq" bigint DEFAULT 0 NOT NULL,
	"status" jsonb,
	"settings" jsonb,
	"wait_basis" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
