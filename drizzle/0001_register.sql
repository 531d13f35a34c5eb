CREATE TABLE "home" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"street" text,
	"postal_code" text,
	"city" text,
	"municipality_code" text NOT NULL,
	"region_code" text NOT NULL,
	"province_code" text NOT NULL,
	"setting" text,
	"regime" text,
	"places" integer,
	"age_min" integer,
	"age_max" integer,
	"target_group" text,
	"around_the_clock" boolean,
	"home_like" boolean,
	"staff_live_in" boolean,
	"fixed_team" boolean,
	"team_size" integer,
	"team_fte" numeric(6, 2),
	"individual_care" boolean,
	"perspective_housing" boolean,
	"perspective_care" boolean,
	"perspective_education_or_work" boolean,
	"education_arrangement" text,
	"ijw_category" integer,
	"day_tariff" numeric(9, 2),
	"contracting_municipalities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"roster" jsonb,
	"verdict" text NOT NULL,
	"check" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "home_version" (
	"id" text PRIMARY KEY NOT NULL,
	"home_id" text NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changes" jsonb NOT NULL,
	"verdict" text NOT NULL,
	"check" jsonb NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "home" ADD CONSTRAINT "home_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_version" ADD CONSTRAINT "home_version_home_id_home_id_fk" FOREIGN KEY ("home_id") REFERENCES "public"."home"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_version" ADD CONSTRAINT "home_version_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "home_organization_id_idx" ON "home" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "home_public_list_idx" ON "home" USING btree ("status","name","id");--> statement-breakpoint
CREATE INDEX "home_province_code_idx" ON "home" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "home_region_code_idx" ON "home" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "home_version_home_version_idx" ON "home_version" USING btree ("home_id","version");