CREATE TABLE "ended_sessions" (
	"user_id" uuid NOT NULL,
	"signed_in_at" bigint NOT NULL,
	"ended_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ended_sessions_user_id_signed_in_at_pk" PRIMARY KEY("user_id","signed_in_at")
);
