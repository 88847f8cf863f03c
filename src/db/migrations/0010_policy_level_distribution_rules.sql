-- An agency's policy override names its RCL patterns per job level `levelDistributionRules`
-- (glossary: levelDistributionRule), no longer `levelDistribution`.
UPDATE "standard_policies"
SET "override" = ("override" - 'levelDistribution') || jsonb_build_object('levelDistributionRules', "override" -> 'levelDistribution')
WHERE "override" ? 'levelDistribution';
