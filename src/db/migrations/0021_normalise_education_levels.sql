-- Education requirements of standards not yet ratified, in the domain's spelling (S1 → S-1, D4 and
-- DIV → D-IV, "S1/DIV" split into its levels); unknown spellings are kept as typed. Ratified
-- versions keep the text they were ratified with: the requirement check reads both spellings.
UPDATE "job_standards" AS s
SET "content" = jsonb_set(s."content", '{requirements,education,levels}', m.levels)
FROM (
  SELECT id, jsonb_agg(to_jsonb(level) ORDER BY first_ord) AS levels
  FROM (
    SELECT id, level, min(ord) AS first_ord
    FROM (
      SELECT js.id, e.ord * 100 + p.ord2 AS ord,
        CASE regexp_replace(upper(p.part), '[^A-Z0-9]', '', 'g')
          WHEN 'SD' THEN 'SD'
          WHEN 'SMP' THEN 'SMP'
          WHEN 'SMA' THEN 'SMA/SMK'
          WHEN 'SMK' THEN 'SMA/SMK'
          WHEN 'SMASMK' THEN 'SMA/SMK'
          WHEN 'SLTP' THEN 'SMP'
          WHEN 'SLTA' THEN 'SMA/SMK'
          WHEN 'SMU' THEN 'SMA/SMK'
          WHEN 'SEKOLAHDASAR' THEN 'SD'
          WHEN 'SMPSEDERAJAT' THEN 'SMP'
          WHEN 'SLTASEDERAJAT' THEN 'SMA/SMK'
          WHEN 'DI' THEN 'D-I'
          WHEN 'DII' THEN 'D-II'
          WHEN 'DIII' THEN 'D-III'
          WHEN 'DIV' THEN 'D-IV'
          WHEN 'D1' THEN 'D-I'
          WHEN 'D2' THEN 'D-II'
          WHEN 'D3' THEN 'D-III'
          WHEN 'D4' THEN 'D-IV'
          WHEN 'DIPLOMAI' THEN 'D-I'
          WHEN 'DIPLOMAII' THEN 'D-II'
          WHEN 'DIPLOMAIII' THEN 'D-III'
          WHEN 'DIPLOMAIV' THEN 'D-IV'
          WHEN 'S1' THEN 'S-1'
          WHEN 'S2' THEN 'S-2'
          WHEN 'S3' THEN 'S-3'
          WHEN 'SARJANA' THEN 'S-1'
          WHEN 'SARJANATERAPAN' THEN 'D-IV'
          WHEN 'STRATA1' THEN 'S-1'
          WHEN 'STRATAI' THEN 'S-1'
          WHEN 'MAGISTER' THEN 'S-2'
          WHEN 'STRATA2' THEN 'S-2'
          WHEN 'STRATAII' THEN 'S-2'
          WHEN 'DOKTOR' THEN 'S-3'
          WHEN 'STRATA3' THEN 'S-3'
          WHEN 'STRATAIII' THEN 'S-3'
          ELSE trim(p.part)
        END AS level
      FROM "job_standards" js
      CROSS JOIN LATERAL jsonb_array_elements_text(js."content" -> 'requirements' -> 'education' -> 'levels') WITH ORDINALITY AS e(txt, ord)
      CROSS JOIN LATERAL regexp_split_to_table(e.txt, '/') WITH ORDINALITY AS p(part, ord2)
      WHERE js."status" <> 'ratified' AND trim(p.part) <> ''
    ) parts
    GROUP BY id, level
  ) levels
  GROUP BY id
) m
WHERE m.id = s.id AND s."status" <> 'ratified';
