-- Sources are named as their users know them, never by our file numbers: the two base policies
-- (stored on every standard and in each agency's override) and the source notes of the national
-- dictionaries (shown on the Kamus page) are renamed in place.
UPDATE "job_standards" SET "policy_name" = 'Pola RCL — bahan bimtek BKPSDM Kab. Magetan' WHERE "policy_name" = 'Pola RCL (seed 001)';
--> statement-breakpoint
UPDATE "job_standards" SET "policy_name" = 'Pola RCL — paparan Kementerian PANRB' WHERE "policy_name" = 'Pola RCL (seed 004)';
--> statement-breakpoint
UPDATE "standard_policies" SET "base_name" = 'bimtek-magetan' WHERE "base_name" = 'seed-001';
--> statement-breakpoint
UPDATE "standard_policies" SET "base_name" = 'paparan-kemenpanrb' WHERE "base_name" = 'seed-004';
--> statement-breakpoint
UPDATE "standard_policies" SET "override" = "override" - 'name' WHERE "override"->>'name' IN ('Pola RCL (seed 001)', 'Pola RCL (seed 004)');
--> statement-breakpoint
UPDATE "competency_dictionaries" SET "source" = 'Peraturan Menteri PANRB Nomor 38 Tahun 2017 tentang Standar Kompetensi Jabatan ASN, Lampiran Kamus Kompetensi Manajerial.' WHERE "code" = 'KAMUS-MANAJERIAL';
--> statement-breakpoint
UPDATE "competency_dictionaries" SET "source" = 'Peraturan Menteri PANRB Nomor 38 Tahun 2017 tentang Standar Kompetensi Jabatan ASN, Lampiran Kamus Kompetensi Sosial Kultural.' WHERE "code" = 'KAMUS-SOSIAL-KULTURAL';
--> statement-breakpoint
UPDATE "competency_dictionaries" SET "source" = 'Kompetensi wajib jabatan di pemerintah daerah menurut Hasil koordinasi penyusunan SKJ Provinsi NTB dengan Kementerian PANRB (19 Agustus 2024). Teks resmi tiap level diisi dan ditetapkan oleh pengelola kamus nasional (superadmin).' WHERE "code" = 'KAMUS-TEKNIS-NASIONAL';
