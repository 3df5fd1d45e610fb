CREATE TABLE "practitioners" (
	"team_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"display_name" text NOT NULL,
	"user_id" uuid,
	"coviu_name" text,
	"active" boolean DEFAULT true NOT NULL,
	"availability" text DEFAULT 'available' NOT NULL,
	"availability_set_by" uuid,
	"availability_set_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practitioners_team_id_id_pk" PRIMARY KEY("team_id","id")
);
--> statement-breakpoint
ALTER TABLE "triage" DROP CONSTRAINT "triage_reassigned_practitioner_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "consult_sessions" ADD COLUMN "host_ids" jsonb;--> statement-breakpoint
ALTER TABLE "practitioners" ADD CONSTRAINT "practitioners_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioners" ADD CONSTRAINT "practitioners_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioners" ADD CONSTRAINT "practitioners_availability_set_by_users_id_fk" FOREIGN KEY ("availability_set_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "practitioners_team_user_idx" ON "practitioners" USING btree ("team_id","user_id") WHERE "practitioners"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "practitioners_team_name_idx" ON "practitioners" USING btree ("team_id",lower("display_name"));--> statement-breakpoint
CREATE INDEX "practitioners_user_idx" ON "practitioners" USING btree ("user_id");