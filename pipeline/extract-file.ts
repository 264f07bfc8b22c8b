// The unit of work of the extraction stage: one source file read and extracted. Runs the same
// in the main thread and in worker threads.
import { extractSource } from './extract/index.js';
import type { Problem, SourceExtraction } from './model.js';
import type { SourceFile } from './read/read-folder.js';
import { readSource } from './read/read-source.js';

export interface FileResult {
  extraction: SourceExtraction | null;
  problems: Problem[];
}

export async function extractFile(file: SourceFile): Promise<FileResult> {
  try {
    const reading = await readSource(file);
    if (!reading.ok) return { extraction: null, problems: reading.problems };
    return { extraction: extractSource(reading.document), problems: [] };
  } catch (error) {
    // One bad source never stops the run: it is reported and the others are published.
    return {
      extraction: null,
      problems: [{ source_id: file.sourceId, file: file.file, stage: 'extract', severity: 'error', problem: `could not be processed: ${(error as Error).message}`, action: 'skipped' }],
    };
  }
}
