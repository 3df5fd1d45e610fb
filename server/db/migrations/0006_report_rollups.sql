CREATE TABLE "call_hours" (
	"team_id" text NOT NULL,
	"queue_id" text NOT NULL,
	"local_date" text NOT NULL,
	"hour" integer NOT NULL,
	"weekday" integer NOT NULL,
	"arrivals" integer NOT NULL,
	"transferred_in" integer NOT NULL,
	"answered" integer NOT NULL,
	"abandoned" integer NOT NULL,
	"transferred_out" integer NOT NULL,
	"wait_sum" double precision NOT NULL,
	"wait_max" double precision,
	"abandoned_wait_max" double precision,
	CONSTRAINT "call_hours_team_id_local_date_queue_id_hour_pk" PRIMARY KEY("team_id","local_date","queue_id","hour")
);
--> statement-breakpoint
CREATE TABLE "call_wait_bins" (
	"team_id" text NOT NULL,
	"queue_id" text NOT NULL,
	"local_date" text NOT NULL,
	"kind" text NOT NULL,
	"bin" integer NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "call_wait_bins_team_id_local_date_queue_id_kind_bin_pk" PRIMARY KEY("team_id","local_date","queue_id","kind","bin")
);
--> statement-breakpoint
CREATE TABLE "consult_bins" (
	"team_id" text NOT NULL,
	"queue_id" text NOT NULL,
	"local_date" text NOT NULL,
	"practitioner_id" text NOT NULL,
	"bin" integer NOT NULL,
	"count" integer NOT NULL,
	"length_sum" double precision NOT NULL,
	CONSTRAINT "consult_bins_team_id_local_date_queue_id_practitioner_id_bin_pk" PRIMARY KEY("team_id","local_date","queue_id","practitioner_id","bin")
);
--> statement-breakpoint
CREATE TABLE "report_rollups" (
	"team_id" text PRIMARY KEY NOT NULL,
	"timezone" text NOT NULL,
	"rolled_until" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_rollups" ADD CONSTRAINT "report_rollups_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;