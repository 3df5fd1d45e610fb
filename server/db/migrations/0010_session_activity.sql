CREATE TABLE "session_activity" (
	"user_id" uuid NOT NULL,
	"signed_in_at" bigint NOT NULL,
	"last_active_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_activity_user_id_signed_in_at_pk" PRIMARY KEY("user_id","signed_in_at")
);
