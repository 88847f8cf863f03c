CREATE TABLE "catalog_position_names" (
	"name" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "catalog_position_names_trgm_idx" ON "catalog_position_names" USING gist ("name" gist_trgm_ops);--> statement-breakpoint
CREATE INDEX "job_standards_lower_name_idx" ON "job_standards" USING btree (lower("position_name"));--> statement-breakpoint
CREATE FUNCTION "catalog_position_name_of_ratified"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.status = 'ratified' THEN
		INSERT INTO catalog_position_names (name) VALUES (lower(NEW.position_name)) ON CONFLICT DO NOTHING;
	END IF;
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "job_standards_catalog_position_name" AFTER INSERT OR UPDATE OF status, position_name ON "job_standards" FOR EACH ROW EXECUTE FUNCTION "catalog_position_name_of_ratified"();--> statement-breakpoint
INSERT INTO "catalog_position_names" (name) SELECT DISTINCT lower(position_name) FROM "job_standards" WHERE status = 'ratified' ON CONFLICT DO NOTHING;
