CREATE TABLE "planner_scenario" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"organization_id" text,
	"name" text NOT NULL,
	"input" jsonb NOT NULL,
	"share_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planner_scenario_shareToken_unique" UNIQUE("share_token")
);
--> statement-breakpoint
ALTER TABLE "planner_scenario" ADD CONSTRAINT "planner_scenario_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_scenario" ADD CONSTRAINT "planner_scenario_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "planner_scenario_owner_idx" ON "planner_scenario" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "planner_scenario_organization_idx" ON "planner_scenario" USING btree ("organization_id");