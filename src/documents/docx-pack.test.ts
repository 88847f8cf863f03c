import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seed001Standard } from '../domain/job-standard-test-factory';
import { renderStandardDocx } from './docx-standard';
import type { StandardDocumentInput } from './standard-outline';

const ratified: StandardDocumentInput = {
  standard: seed001Standard(),
  meta: {
    agencyName: 'Pemerintah Kabupaten Magetan',
    version: 2,
    status: 'ratified',
    ratifiedAt: new Date('2024-02-20T03:00:00Z'),
    positionCode: 'SKJ-2024-000042',
    generatedAt: new Date('2024-03-01T02:00:00Z'),
  },
};

afterEach(() => vi.useRealTimers());

describe('DOCX packing', () => {
  it('gives a ratified standard the same bytes whenever it is rendered', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T08:00:00Z'));
    const first = await renderStandardDocx({
      ...ratified,
      meta: { ...ratified.meta, generatedAt: new Date() },
    });
    vi.setSystemTime(new Date('2026-06-30T17:45:13Z'));
    const second = await renderStandardDocx({
      ...ratified,
      meta: { ...ratified.meta, generatedAt: new Date() },
    });
    expect(Buffer.compare(first, second)).toBe(0);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-docx-'));
    const file = path.join(dir, 'skj.docx');
    fs.writeFileSync(file, first);
    try {
      // A valid zip whose entries carry the ratification date, and core properties that say so.
      const listing = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
      expect(listing).toContain('2024-02-20 03:00   word/document.xml');
      const core = execFileSync('unzip', ['-p', file, 'docProps/core.xml'], { encoding: 'utf8' });
      expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-02-20T03:00:00.000Z');
      expect(core).toContain('<dc:title>SKJ Kepala Bidang Pengembangan Kompetensi</dc:title>');
      execFileSync('unzip', ['-tq', file]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
