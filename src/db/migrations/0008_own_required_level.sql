ALTER TABLE "current_competency_levels" ADD COLUMN "own_required_level" integer;--> statement-breakpoint
update current_competency_levels l set own_required_level = r.required_level
from civil_servants cs, position_requirements r
where cs.id = l.civil_servant_id and r.position_id = cs.position_id
  and r.dictionary_id = l.dictionary_id and r.code = l.code;
