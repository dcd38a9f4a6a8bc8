/** Typed reads of the detente API (the same JSON the CLI users get from /api/). */

export interface Actor { name: string; country: string | null; role: string | null }
export interface Evidence { articleId: string; url: string | null; published: string | null; sentence: string; start: number; end: number; speaker: string | null; imported: boolean }
export interface ApiEvent {
  key: string; origin: string; confidence: number;
  source: Actor; target: Actor | null;
  cameo: string; root: string; quad: number; goldstein: number; plover: string | null;
  date: string | null; date_precision: string | null;
  location: { name: string; country: string; admin1: string | null } | null;
  fatalities: number | null; modality: string; evidence: string; mentions: number;
  evidences: Evidence[]; evidence_count: number;
  de_escalation?: string | null;
}
export interface PairSummary {
  dyad: [string, string]; names: [string, string]; state: string; state_reason: string;
  trust: number; baseline: number; as_of: string; events: number; tit_for_tat: number; episodes: number;
  sparkline: { date: string; trust: number }[];
}
export interface Episode { opened: string; peak: string; closed: string | null; peakTrust: number; deEscalation: { date: string; key: string; label: string }[] }
export interface OutlookItem { date: string | null; kind: string; text: string; key?: string }
export interface PairDetail extends PairSummary {
  event_list: ApiEvent[];
  tit_for_tat_list: { first: string; response: string; lag_days: number; intensity_ratio: number; initiator: string; responder: string; first_key: string; response_key: string }[];
  episode_list: Episode[];
  outlook: { evidenceFor: OutlookItem[]; evidenceAgainst: OutlookItem[]; estimate: { expected: string; earliest: string; latest: string; basis: string } | null; note: string | null } | null;
  series: { trust: { date: string; trust: number; baseline: number }[] };
  explain: Record<string, { trust: number; baseline: number; baseline_term: number; top: { key: string; cameo: string; source: string | null; target: string | null; contribution: number }[] }>;
}
export interface CountryView {
  country: string; name: string; numeric: string | null;
  neighbours: { country: string; name: string; numeric: string | null; state: string | null; trust: number | null; events: number; last_events: ApiEvent[] }[];
  partners: PairSummary[];
}
export interface ArticleView {
  article: { id: string; url: string | null; title: string | null; published: string | null; outlet: string | null; text: string; paragraphs: { kind: string; text: string; start: number; end: number }[] };
  sentences: { key: string; start: number; end: number; cameo: string; quad: number; modality: string; date: string | null; source: string; target: string | null }[];
  quotes: { speaker: string | null; text: string; start: number; end: number }[];
}
export interface ArticleSummary { id: string; url: string | null; title: string | null; published: string | null; outlet: string | null; events: number; quotes: number }

export class ApiError extends Error {}

export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => null) as { error?: string } | null;
  if (!res.ok) throw new ApiError(body?.error ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export const api = {
  relations: () => getJson<{ as_of: string | null; pairs: PairSummary[] }>('./api/relations'),
  dyad: (a: string, b: string) => getJson<PairDetail>(`./api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`),
  country: (iso3: string) => getJson<CountryView>(`./api/countries/${encodeURIComponent(iso3)}/neighbours`),
  events: (query: URLSearchParams) => getJson<{ total: number; limit: number; offset: number; events: ApiEvent[] }>(`./api/events?${query}`),
  article: (id: string) => getJson<ArticleView>(`./api/articles/${encodeURIComponent(id)}`),
  articles: (offset = 0) => getJson<{ total: number; articles: ArticleSummary[] }>(`./api/articles?limit=100&offset=${offset}`),
};
