ALTER TABLE "civil_servants" ADD COLUMN "performance_rating" text;--> statement-breakpoint
ALTER TABLE "civil_servants" ADD CONSTRAINT "civil_servants_performance_rating_check" CHECK ("civil_servants"."performance_rating" in ('veryGood','good','needsImprovement','poor','veryPoor'));--> statement-breakpoint
-- Bands imported before the rating was kept: "Sangat Baik" and "Baik" are the only ratings of their
-- bands; "di bawah ekspektasi" had three (Butuh Perbaikan, Kurang, Sangat Kurang) and stays without one.
UPDATE "civil_servants" SET "performance_rating" = CASE "performance" WHEN 'above' THEN 'veryGood' WHEN 'meets' THEN 'good' END WHERE "performance" IN ('above', 'meets');
