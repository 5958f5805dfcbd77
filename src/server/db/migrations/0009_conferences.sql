CREATE TABLE "attendance" (
	"delegate_id" integer PRIMARY KEY NOT NULL,
	"conference_id" integer NOT NULL,
	"point_id" integer,
	"status" text NOT NULL,
	"reason" text,
	"method" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by_user" integer
);
--> statement-breakpoint
CREATE TABLE "award_batches" (
	"id" serial PRIMARY KEY NOT NULL,
	"conference_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"presenter" text
);
--> statement-breakpoint
CREATE TABLE "awardees" (
	"id" serial PRIMARY KEY NOT NULL,
	"conference_id" integer NOT NULL,
	"batch_id" integer,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"detail" text,
	"award_form" text NOT NULL,
	"decision_number" text,
	"delegate_id" integer
);
--> statement-breakpoint
CREATE TABLE "conference_checklist" (
	"id" serial PRIMARY KEY NOT NULL,
	"conference_id" integer NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"unit_id" integer,
	"due_date" date,
	"done" boolean DEFAULT false NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" integer,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "conference_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"conference_id" integer NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"presenter" text,
	"presenter_unit_id" integer,
	"minutes" integer,
	"performances" integer,
	"presentation_id" integer,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "conference_point_units" (
	"id" serial PRIMARY KEY NOT NULL,
	"point_id" integer NOT NULL,
	"unit_id" integer,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conference_points" (
	"id" serial PRIMARY KEY NOT NULL,
	"conference_id" integer NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"is_main" boolean DEFAULT false NOT NULL,
	"unit_id" integer,
	"unit_path" text NOT NULL,
	"room" text,
	"contact_name" text,
	"contact_phone" text,
	"test_status" text DEFAULT 'untested' NOT NULL,
	"tested_at" timestamp with time zone,
	"test_note" text
);
--> statement-breakpoint
CREATE TABLE "conferences" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer,
	"unit_id" integer NOT NULL,
	"area_unit_id" integer NOT NULL,
	"area_path" text NOT NULL,
	"kind" text DEFAULT 'tong_ket' NOT NULL,
	"title" text NOT NULL,
	"format" text DEFAULT 'in_person' NOT NULL,
	"date" date,
	"date_raw" text,
	"sessions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"venue" text,
	"capacity" integer,
	"chair" text,
	"expected_attendees" integer,
	"status" text DEFAULT 'planned' NOT NULL,
	"budget" jsonb,
	"secret" text NOT NULL,
	"invitation_document_id" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delegate_groups" (
	"id" serial PRIMARY KEY NOT NULL,
	"conference_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"level" text,
	"rule" text,
	"quota" integer,
	"expected" integer,
	"point_id" integer
);
--> statement-breakpoint
CREATE TABLE "delegates" (
	"id" serial PRIMARY KEY NOT NULL,
	"conference_id" integer NOT NULL,
	"group_id" integer,
	"point_id" integer,
	"name" text,
	"position" text,
	"unit_id" integer,
	"unit_name" text,
	"phone" text,
	"email" text,
	"seat" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"dedupe_key" text NOT NULL,
	"token_version" integer DEFAULT 1 NOT NULL,
	"rsvp" text DEFAULT 'pending' NOT NULL,
	"substitute_name" text,
	"substitute_position" text,
	"rsvp_at" timestamp with time zone,
	"invited_at" timestamp with time zone,
	"emailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "presentation_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"presentation_id" integer NOT NULL,
	"kind" text NOT NULL,
	"text" text,
	"by_user" integer,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "presentations" (
	"id" serial PRIMARY KEY NOT NULL,
	"conference_id" integer NOT NULL,
	"position" integer NOT NULL,
	"topic" text NOT NULL,
	"unit_id" integer,
	"unit_name" text,
	"presenter" text,
	"min_minutes" integer,
	"max_minutes" integer,
	"due_date" date,
	"status" text DEFAULT 'assigned' NOT NULL,
	"file_name" text,
	"file_type" text,
	"file_size" integer,
	"file" "bytea",
	"submitted_at" timestamp with time zone,
	"submitted_by" integer,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" integer
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "conference_id" integer;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_delegate_id_delegates_id_fk" FOREIGN KEY ("delegate_id") REFERENCES "public"."delegates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_point_id_conference_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."conference_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_by_user_users_id_fk" FOREIGN KEY ("by_user") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_batches" ADD CONSTRAINT "award_batches_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awardees" ADD CONSTRAINT "awardees_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awardees" ADD CONSTRAINT "awardees_batch_id_award_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."award_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awardees" ADD CONSTRAINT "awardees_delegate_id_delegates_id_fk" FOREIGN KEY ("delegate_id") REFERENCES "public"."delegates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_checklist" ADD CONSTRAINT "conference_checklist_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_checklist" ADD CONSTRAINT "conference_checklist_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_checklist" ADD CONSTRAINT "conference_checklist_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_items" ADD CONSTRAINT "conference_items_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_items" ADD CONSTRAINT "conference_items_presenter_unit_id_units_id_fk" FOREIGN KEY ("presenter_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_point_units" ADD CONSTRAINT "conference_point_units_point_id_conference_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."conference_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_point_units" ADD CONSTRAINT "conference_point_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_points" ADD CONSTRAINT "conference_points_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_points" ADD CONSTRAINT "conference_points_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_area_unit_id_units_id_fk" FOREIGN KEY ("area_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_invitation_document_id_documents_id_fk" FOREIGN KEY ("invitation_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_groups" ADD CONSTRAINT "delegate_groups_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_groups" ADD CONSTRAINT "delegate_groups_point_id_conference_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."conference_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegates" ADD CONSTRAINT "delegates_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegates" ADD CONSTRAINT "delegates_group_id_delegate_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."delegate_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegates" ADD CONSTRAINT "delegates_point_id_conference_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."conference_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegates" ADD CONSTRAINT "delegates_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentation_events" ADD CONSTRAINT "presentation_events_presentation_id_presentations_id_fk" FOREIGN KEY ("presentation_id") REFERENCES "public"."presentations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentation_events" ADD CONSTRAINT "presentation_events_by_user_users_id_fk" FOREIGN KEY ("by_user") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations" ADD CONSTRAINT "presentations_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations" ADD CONSTRAINT "presentations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations" ADD CONSTRAINT "presentations_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations" ADD CONSTRAINT "presentations_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendance_conf_idx" ON "attendance" USING btree ("conference_id","point_id");--> statement-breakpoint
CREATE INDEX "award_batches_conf_idx" ON "award_batches" USING btree ("conference_id","position");--> statement-breakpoint
CREATE INDEX "awardees_conf_idx" ON "awardees" USING btree ("conference_id","batch_id","position");--> statement-breakpoint
CREATE INDEX "conference_checklist_conf_idx" ON "conference_checklist" USING btree ("conference_id","position");--> statement-breakpoint
CREATE INDEX "conference_items_conf_idx" ON "conference_items" USING btree ("conference_id","position");--> statement-breakpoint
CREATE INDEX "conference_point_units_point_idx" ON "conference_point_units" USING btree ("point_id");--> statement-breakpoint
CREATE INDEX "conference_points_conf_idx" ON "conference_points" USING btree ("conference_id","position");--> statement-breakpoint
CREATE INDEX "conferences_area_path_idx" ON "conferences" USING btree ("area_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "conferences_plan_idx" ON "conferences" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "delegate_groups_conf_idx" ON "delegate_groups" USING btree ("conference_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "delegates_dedupe_idx" ON "delegates" USING btree ("conference_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "delegates_conf_group_idx" ON "delegates" USING btree ("conference_id","group_id");--> statement-breakpoint
CREATE INDEX "delegates_conf_point_idx" ON "delegates" USING btree ("conference_id","point_id");--> statement-breakpoint
CREATE INDEX "presentation_events_idx" ON "presentation_events" USING btree ("presentation_id","at");--> statement-breakpoint
CREATE INDEX "presentations_conf_idx" ON "presentations" USING btree ("conference_id","position");