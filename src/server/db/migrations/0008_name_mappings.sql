CREATE TABLE "name_mappings" (
	"id" serial PRIMARY KEY NOT NULL,
	"area_unit_id" integer NOT NULL,
	"name_key" text NOT NULL,
	"name" text NOT NULL,
	"unit_id" integer,
	"position" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "name_mappings" ADD CONSTRAINT "name_mappings_area_unit_id_units_id_fk" FOREIGN KEY ("area_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "name_mappings" ADD CONSTRAINT "name_mappings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "name_mappings_uq" ON "name_mappings" USING btree ("area_unit_id","name_key");