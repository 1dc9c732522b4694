CREATE TABLE "registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"company_id" uuid NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"office_workplace" boolean NOT NULL,
	"disciplinary_reports" boolean NOT NULL,
	"birth_year" smallint,
	"gender" "gender",
	"language" "locale",
	"page_locale" "locale" NOT NULL,
	"terms_version" text NOT NULL,
	"email_information" boolean NOT NULL,
	"email_information_version" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"keep_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone DEFAULT now() NOT NULL,
	"browser" text NOT NULL,
	"ip_hash" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "email_tokens" ALTER COLUMN "user_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "email_tokens" ADD COLUMN "registration_id" uuid;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "discard_after" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registrations_email_idx" ON "registrations" USING btree ("email");--> statement-breakpoint
CREATE INDEX "registrations_keep_until_idx" ON "registrations" USING btree ("keep_until");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
ALTER TABLE "email_tokens" ADD CONSTRAINT "email_tokens_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_tokens_registration_idx" ON "email_tokens" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "email_tokens_expires_idx" ON "email_tokens" USING btree ("expires_at");--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "session_version";--> statement-breakpoint
-- Data (hand-written): every still unconfirmed profile becomes a registration attempt with the same id, keeping
-- its confirmation links, the consents it gave and its 7 days; the profile itself goes (users now holds only
-- confirmed profiles).
INSERT INTO "registrations" ("id", "email", "company_id", "first_name", "last_name", "password_hash", "office_workplace", "disciplinary_reports", "birth_year", "gender", "language", "page_locale", "terms_version", "email_information", "email_information_version", "created_at", "keep_until")
SELECT u."id", lower(u."email"), u."company_id", u."first_name", u."last_name", u."password_hash", u."office_workplace", u."disciplinary_reports", u."birth_year", u."gender", u."language", coalesce(u."language", 'de'),
  coalesce((SELECT c."text_version" FROM "consents" c WHERE c."user_id" = u."id" AND c."kind" = 'terms_of_use' ORDER BY c."created_at" DESC, c."id" DESC LIMIT 1), 'unknown'),
  coalesce((SELECT c."granted" FROM "consents" c WHERE c."user_id" = u."id" AND c."kind" = 'email_information' ORDER BY c."created_at" DESC, c."id" DESC LIMIT 1), false),
  coalesce((SELECT c."text_version" FROM "consents" c WHERE c."user_id" = u."id" AND c."kind" = 'email_information' ORDER BY c."created_at" DESC, c."id" DESC LIMIT 1), 'unknown'),
  u."created_at", u."created_at" + interval '7 days'
FROM "users" u WHERE u."confirmed_at" IS NULL;--> statement-breakpoint
UPDATE "email_tokens" SET "registration_id" = "user_id", "user_id" = NULL
WHERE "purpose" = 'confirm_email' AND "user_id" IN (SELECT "id" FROM "users" WHERE "confirmed_at" IS NULL);--> statement-breakpoint
DELETE FROM "users" WHERE "confirmed_at" IS NULL;
