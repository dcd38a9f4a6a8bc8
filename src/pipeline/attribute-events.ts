/**
 * Marks events coded from inside a quote as that speaker's statement rather than the outlet's report:
 * an analyst weighs "Iran struck us", said by a Pakistani senator, differently from the reporter's own account.
 */
import type { CodedEvent } from '../coding/types.js';
import type { Quote } from '../quotes/types.js';

export function attributeEvents(events: CodedEvent[], quotes: Quote[]): CodedEvent[] {
  if (quotes.length === 0) return events;
  return events.map((event) => {
    let changed = false;
    const evidences = event.evidences.map((ev) => {
      const quote = quotes.find((q) => q.articleId === ev.articleId && q.start < ev.end && ev.start < q.end);
      if (!quote || ev.speaker) return ev;
      changed = true;
      return { ...ev, speaker: quote.speaker ?? 'unattributed quote' };
    });
    return changed ? { ...event, evidences } : event;
  });
}
