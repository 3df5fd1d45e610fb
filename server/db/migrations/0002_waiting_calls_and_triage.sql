CREATE TABLE "calls" (
	"id" text PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"queue_id" text,
	"previous_call_id" text,
	"root_call_id" text NOT NULL,
	"call_type" text NOT NULL,
	"status" text NOT NULL,
	"joined_at" timestamp with time zone NOT NULL,
	"arrived_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"on_hold_at" timestamp with time zone,
	"left_queue_at" timestamp with time zone,
	"transferred_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"key" text NOT NULL,
	"user_id" uuid NOT NULL,
	"status" integer NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_key_user_id_pk" PRIMARY KEY("key","user_id")
);
--> statement-breakpoint
CREATE TABLE "triage" (
	"root_call_id" text PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"claimed_by" uuid,
	"claimed_until" timestamp with time zone,
	"priority" integer DEFAULT 0 NOT NULL,
	"note" text,
	"reassigned_queue_id" text,
	"reassigned_practitioner_id" uuid,
	"admission" jsonb,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "triage" ADD CONSTRAINT "triage_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage" ADD CONSTRAINT "triage_reassigned_practitioner_id_users_id_fk" FOREIGN KEY ("reassigned_practitioner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calls_team_joined_idx" ON "calls" USING btree ("team_id","joined_at");--> statement-breakpoint
CREATE INDEX "calls_root_idx" ON "calls" USING btree ("root_call_id");