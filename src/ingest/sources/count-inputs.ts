/**
 * A total for a progress bar, when it is cheap to know: files in directories, lines in
 * JSONL files, items in feed files. URLs count as one (a URL that turns out to be a feed
 * makes the bar grow, which cli-progress's setTotal handles).
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseFeed } from './feed.js';
import { listInputFiles } from './read-path.js';

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The number of documents `readInputs(inputs)` will yield (failures included), or null if unknown. */
export async function countInputs(inputs: string[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    if (URL_LIKE.test(input)) {
      total += 1;
      continue;
    }
    let files;
    try {
      files = await listInputFiles(input);
    } catch {
      total += 1; // it will yield one failure
      continue;
    }
    for (const f of files) {
      if (f.kind === 'jsonl') total += await countLines(f.path);
      else if (f.kind === 'feed') {
        try {
          total += parseFeed(await readFile(f.path, 'utf8'), f.path).length;
        } catch {
          total += 1;
        }
      } else total += 1;
    }
  }
  return total;
}

/** Non-empty lines, counted over the byte stream. */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  let lineHasContent = false;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === 0x0a) {
        if (lineHasContent) lines++;
        lineHasContent = false;
      } else if (byte !== 0x0d && byte !== 0x20 && byte !== 0x09) lineHasContent = true;
    }
  }
  return lines + (lineHasContent ? 1 : 0);
}
