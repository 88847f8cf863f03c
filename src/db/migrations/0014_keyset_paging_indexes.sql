CREATE INDEX "assessments_agency_idx" ON "assessments" USING btree ("agency_id","assessed_on","id");--> statement-breakpoint
CREATE INDEX "audit_log_agency_id_idx" ON "audit_log" USING btree ("agency_id","id");--> statement-breakpoint
CREATE INDEX "civil_servants_agency_name_idx" ON "civil_servants" USING btree ("agency_id","name","id");--> statement-breakpoint
CREATE INDEX "civil_servants_agency_nip_idx" ON "civil_servants" USING btree ("agency_id","nip");--> statement-breakpoint
CREATE INDEX "positions_agency_name_idx" ON "positions" USING btree ("agency_id","name","id");