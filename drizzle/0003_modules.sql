CREATE TABLE "kennis_article" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"latest_revision" integer DEFAULT 1 NOT NULL,
	"published_revision" integer,
	"submitted_by_id" text,
	"first_published_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kennis_article_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "kennis_event" (
	"id" text PRIMARY KEY NOT NULL,
	"article_id" text NOT NULL,
	"revision" integer NOT NULL,
	"action" text NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kennis_revision" (
	"id" text PRIMARY KEY NOT NULL,
	"article_id" text NOT NULL,
	"number" integer NOT NULL,
	"kind" text NOT NULL,
	"theme_id" text NOT NULL,
	"content" jsonb NOT NULL,
	"body_html" text NOT NULL,
	"review_by" text,
	"author_id" text,
	"author_name" text,
	"restored_from" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kennis_theme" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kennis_theme_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "network_consent" (
	"id" text PRIMARY KEY NOT NULL,
	"participant_id" text NOT NULL,
	"kind" text NOT NULL,
	"version" text NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "network_group_member" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"website" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_participant" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"organization_id" text,
	"proposed_organization_name" text,
	"role" text NOT NULL,
	"themes" text[] DEFAULT '{}' NOT NULL,
	"consent_version" text NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"confirmation_token_hash" text,
	"confirmation_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "network_participant_userId_unique" UNIQUE("user_id"),
	CONSTRAINT "network_participant_confirmationTokenHash_unique" UNIQUE("confirmation_token_hash")
);
--> statement-breakpoint
CREATE TABLE "network_question" (
	"id" text PRIMARY KEY NOT NULL,
	"participant_id" text,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"theme" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"answer_article_slug" text,
	"answer_reply_id" text,
	"vote_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_question_reply" (
	"id" text PRIMARY KEY NOT NULL,
	"question_id" text NOT NULL,
	"participant_id" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_question_vote" (
	"question_id" text NOT NULL,
	"participant_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_question_vote_question_id_participant_id_pk" PRIMARY KEY("question_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "network_research_item" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_question" (
	"meeting_id" text NOT NULL,
	"question_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_question_meeting_id_question_id_pk" PRIMARY KEY("meeting_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "network_calendar_feed" (
	"participant_id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_calendar_feed_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "network_meeting" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"theme" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location" text,
	"online_url" text,
	"capacity" integer NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"article_slugs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_meeting_registration" (
	"id" text PRIMARY KEY NOT NULL,
	"meeting_id" text NOT NULL,
	"participant_id" text NOT NULL,
	"status" text NOT NULL,
	"queue_number" integer NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"attended" boolean,
	"reminder_sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "matching_access" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"user_id" text NOT NULL,
	"granted_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matching_audit_entry" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"action" text NOT NULL,
	"profile_id" text,
	"profile_code" text,
	"detail" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matching_decision" (
	"id" text PRIMARY KEY NOT NULL,
	"profile_id" text NOT NULL,
	"home_id" text,
	"outcome" text NOT NULL,
	"decided_on" date NOT NULL,
	"reason" text,
	"actor_id" text,
	"actor_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matching_home_settings" (
	"home_id" text PRIMARY KEY NOT NULL,
	"genders" jsonb,
	"max_intensity" integer,
	"competences" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matching_settings" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"rules" jsonb,
	"extra_needs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"retention_days" integer DEFAULT 90 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "youth_profile" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"code" text NOT NULL,
	"birth_year" integer NOT NULL,
	"gender" text NOT NULL,
	"needs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"intensity" integer NOT NULL,
	"closed_authorisation" boolean DEFAULT false NOT NULL,
	"municipality_code" text NOT NULL,
	"region_code" text NOT NULL,
	"waiting_since" date NOT NULL,
	"notes" text,
	"status" text DEFAULT 'waiting' NOT NULL,
	"home_id" text,
	"placed_since" date,
	"left_since" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quarterly_report" (
	"id" text PRIMARY KEY NOT NULL,
	"home_id" text NOT NULL,
	"organization_id" text NOT NULL,
	"quarter" text NOT NULL,
	"youth_days" integer NOT NULL,
	"intake" integer NOT NULL,
	"discharge_planned" integer NOT NULL,
	"discharge_unplanned" integer NOT NULL,
	"waiting_list" integer NOT NULL,
	"average_stay_days" numeric(7, 1) NOT NULL,
	"education_percent" integer NOT NULL,
	"carers_left" integer NOT NULL,
	"carers_joined" integer NOT NULL,
	"open_vacancies" integer NOT NULL,
	"restraint_incidents" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quarterly_report_version" (
	"id" text PRIMARY KEY NOT NULL,
	"report_id" text NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"values" jsonb NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_reminder" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"user_id" text NOT NULL,
	"quarter" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"key" text,
	"payload" jsonb NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "kennis_article" ADD CONSTRAINT "kennis_article_submitted_by_id_user_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kennis_event" ADD CONSTRAINT "kennis_event_article_id_kennis_article_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."kennis_article"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kennis_event" ADD CONSTRAINT "kennis_event_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kennis_revision" ADD CONSTRAINT "kennis_revision_article_id_kennis_article_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."kennis_article"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kennis_revision" ADD CONSTRAINT "kennis_revision_theme_id_kennis_theme_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."kennis_theme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kennis_revision" ADD CONSTRAINT "kennis_revision_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_consent" ADD CONSTRAINT "network_consent_participant_id_network_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."network_participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_participant" ADD CONSTRAINT "network_participant_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_participant" ADD CONSTRAINT "network_participant_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_question" ADD CONSTRAINT "network_question_participant_id_network_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."network_participant"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_question_reply" ADD CONSTRAINT "network_question_reply_question_id_network_question_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."network_question"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_question_reply" ADD CONSTRAINT "network_question_reply_participant_id_network_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."network_participant"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_question_vote" ADD CONSTRAINT "network_question_vote_question_id_network_question_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."network_question"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_question_vote" ADD CONSTRAINT "network_question_vote_participant_id_network_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."network_participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_question" ADD CONSTRAINT "meeting_question_meeting_id_network_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."network_meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_question" ADD CONSTRAINT "meeting_question_question_id_network_question_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."network_question"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_calendar_feed" ADD CONSTRAINT "network_calendar_feed_participant_id_network_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."network_participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meeting_registration" ADD CONSTRAINT "network_meeting_registration_meeting_id_network_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."network_meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meeting_registration" ADD CONSTRAINT "network_meeting_registration_participant_id_network_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."network_participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_access" ADD CONSTRAINT "matching_access_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_access" ADD CONSTRAINT "matching_access_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_access" ADD CONSTRAINT "matching_access_granted_by_id_user_id_fk" FOREIGN KEY ("granted_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_audit_entry" ADD CONSTRAINT "matching_audit_entry_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_audit_entry" ADD CONSTRAINT "matching_audit_entry_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_decision" ADD CONSTRAINT "matching_decision_profile_id_youth_profile_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."youth_profile"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_decision" ADD CONSTRAINT "matching_decision_home_id_home_id_fk" FOREIGN KEY ("home_id") REFERENCES "public"."home"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_decision" ADD CONSTRAINT "matching_decision_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_home_settings" ADD CONSTRAINT "matching_home_settings_home_id_home_id_fk" FOREIGN KEY ("home_id") REFERENCES "public"."home"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_settings" ADD CONSTRAINT "matching_settings_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_profile" ADD CONSTRAINT "youth_profile_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_profile" ADD CONSTRAINT "youth_profile_home_id_home_id_fk" FOREIGN KEY ("home_id") REFERENCES "public"."home"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarterly_report" ADD CONSTRAINT "quarterly_report_home_id_home_id_fk" FOREIGN KEY ("home_id") REFERENCES "public"."home"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarterly_report" ADD CONSTRAINT "quarterly_report_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarterly_report_version" ADD CONSTRAINT "quarterly_report_version_report_id_quarterly_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."quarterly_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarterly_report_version" ADD CONSTRAINT "quarterly_report_version_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reminder" ADD CONSTRAINT "report_reminder_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reminder" ADD CONSTRAINT "report_reminder_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kennis_article_status_idx" ON "kennis_article" USING btree ("status");--> statement-breakpoint
CREATE INDEX "kennis_event_article_idx" ON "kennis_event" USING btree ("article_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "kennis_revision_article_number_idx" ON "kennis_revision" USING btree ("article_id","number");--> statement-breakpoint
CREATE INDEX "kennis_revision_theme_idx" ON "kennis_revision" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "network_consent_participant_idx" ON "network_consent" USING btree ("participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_group_member_name_idx" ON "network_group_member" USING btree ("kind","name");--> statement-breakpoint
CREATE INDEX "network_participant_status_idx" ON "network_participant" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "network_participant_email_idx" ON "network_participant" USING btree ("email");--> statement-breakpoint
CREATE INDEX "network_participant_organization_idx" ON "network_participant" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "network_question_votes_idx" ON "network_question" USING btree ("vote_count","created_at");--> statement-breakpoint
CREATE INDEX "network_question_created_idx" ON "network_question" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "network_question_theme_idx" ON "network_question" USING btree ("theme");--> statement-breakpoint
CREATE INDEX "network_question_reply_question_idx" ON "network_question_reply" USING btree ("question_id","created_at");--> statement-breakpoint
CREATE INDEX "network_question_reply_participant_idx" ON "network_question_reply" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "network_question_vote_participant_idx" ON "network_question_vote" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "meeting_question_question_idx" ON "meeting_question" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "network_meeting_starts_at_idx" ON "network_meeting" USING btree ("starts_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_meeting_registration_unique_idx" ON "network_meeting_registration" USING btree ("meeting_id","participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_meeting_registration_queue_idx" ON "network_meeting_registration" USING btree ("meeting_id","queue_number");--> statement-breakpoint
CREATE INDEX "network_meeting_registration_participant_idx" ON "network_meeting_registration" USING btree ("participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "matching_access_organization_user_idx" ON "matching_access" USING btree ("organization_id","user_id");--> statement-breakpoint
CREATE INDEX "matching_audit_organization_created_idx" ON "matching_audit_entry" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "matching_audit_profile_idx" ON "matching_audit_entry" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "matching_decision_profile_idx" ON "matching_decision" USING btree ("profile_id");--> statement-breakpoint
CREATE UNIQUE INDEX "youth_profile_organization_code_idx" ON "youth_profile" USING btree ("organization_id","code");--> statement-breakpoint
CREATE INDEX "youth_profile_home_idx" ON "youth_profile" USING btree ("home_id");--> statement-breakpoint
CREATE INDEX "youth_profile_status_idx" ON "youth_profile" USING btree ("status","left_since");--> statement-breakpoint
CREATE UNIQUE INDEX "quarterly_report_home_quarter_idx" ON "quarterly_report" USING btree ("home_id","quarter");--> statement-breakpoint
CREATE INDEX "quarterly_report_quarter_idx" ON "quarterly_report" USING btree ("quarter");--> statement-breakpoint
CREATE INDEX "quarterly_report_organization_idx" ON "quarterly_report" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "quarterly_report_version_report_version_idx" ON "quarterly_report_version" USING btree ("report_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "report_reminder_once_idx" ON "report_reminder" USING btree ("organization_id","user_id","quarter");--> statement-breakpoint
CREATE UNIQUE INDEX "job_pending_key_idx" ON "job" USING btree ("kind","key") WHERE status = 'pending' and key is not null;--> statement-breakpoint
CREATE INDEX "job_due_idx" ON "job" USING btree ("status","run_at");