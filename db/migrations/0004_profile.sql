ALTER TYPE "public"."token_purpose" ADD VALUE 'change_email';--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "locale" "locale";