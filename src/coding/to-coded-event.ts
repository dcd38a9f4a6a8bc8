/** A refined proposal becomes a CodedEvent with its CAMEO facts and one evidence. */
import type { Article } from '../ingest/types.js';
import type { Proposal } from './pattern-types.js';
import type { CodedEvent } from './types.js';
import { cameoFacts } from './cameo-lookup.js';
import { eventKey } from './event-key.js';

export function toCodedEvent(p: Proposal, article: Article): CodedEvent {
  const facts = cameoFacts(p.cameo);
  const event: CodedEvent = {
    key: '',
    source: p.source!.actor,
    target: p.target?.actor ?? null,
    cameo: p.cameo,
    root: p.cameo.slice(0, 2),
    quad: facts.quad,
    goldstein: facts.goldstein,
    plover: facts.plover,
    date: p.date,
    datePrecision: p.date ? p.datePrecision : null,
    dateStated: p.dateStated,
    location: p.location,
    fatalities: p.fatalities,
    fatalitiesQualifier: p.fatalitiesQualifier,
    modality: p.modality,
    evidence: p.sentence.text,
    evidences: [{
      articleId: article.id,
      sentence: p.sentence.text,
      start: p.sentence.start,
      end: p.sentence.end,
      paragraphKind: p.sentence.kind,
      pattern: p.pattern.id,
      speaker: p.speaker,
      published: article.published,
      url: article.url,
    }],
    mentions: 1,
    confidence: p.confidence,
    origin: 'detente',
  };
  if (p.undirected) event.undirected = true;
  event.key = eventKey(event);
  return event;
}
