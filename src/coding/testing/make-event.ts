/** CodedEvents built in code for merge and format tests. */
import type { CodedEvent } from '../types.js';
import type { Actor } from '../../actors/types.js';

const state = (iso3: string): Actor => ({ name: iso3, country: iso3, role: null, kind: 'state' });

/** An IRN->PAK 190 event on 2024-01-16 with one evidence; override any field. */
export function makeEvent(over: Partial<CodedEvent> & { from?: string; to?: string; sentence?: string; articleId?: string } = {}): CodedEvent {
  const { from = 'IRN', to = 'PAK', sentence = 'Iran struck Pakistan.', articleId = 'a1', ...rest } = over;
  const cameo = rest.cameo ?? '190';
  return {
    key: 'k', source: state(from), target: state(to), cameo, root: cameo.slice(0, 2), quad: 4, goldstein: -10, plover: 'ASSAULT',
    date: '2024-01-16', datePrecision: 'day', dateStated: true, location: null, fatalities: null, fatalitiesQualifier: null,
    modality: 'asserted', evidence: sentence,
    evidences: [{ articleId, sentence, start: 0, end: sentence.length, paragraphKind: 'body', pattern: 'fight.strike' }],
    mentions: 1, confidence: 0.7, origin: 'detente',
    ...rest,
  };
}
