/** GET /api/relations, /api/dyads/:a/:b (+ /explain?date=), /api/countries/:iso3/neighbours. */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { CountryParam, DayParam } from '../schemas.js';
import { parseInput } from '../parse-input.js';
import { HttpError } from '../http-error.js';
import { countryView, explainDay, knownCountry, pairDetail, pairSummary } from '../relations-adapter.js';

export function relationRoutes(app: Hono, d: Deps): void {
  app.get('/api/relations', async (c) => {
    const reports = await d.relations.get();
    // Each pair is judged on its own latest day (pairs[].as_of); the page's date is the latest of them.
    const asOf = reports.reduce<string | null>((m, r) => (m === null || r.asOf > m ? r.asOf : m), null);
    return c.json({ as_of: asOf, pairs: reports.map(pairSummary) });
  });

  const pairOf = async (a: string, b: string) => {
    const x = parseInput(CountryParam, a, 'first country');
    const y = parseInput(CountryParam, b, 'second country');
    if (x === y) throw new HttpError(400, `a pair needs two different countries, got ${x} twice`);
    const r = await d.relations.pair(x, y);
    if (!r) throw new HttpError(404, `nothing stored about ${x} and ${y}`);
    return r;
  };

  app.get('/api/dyads/:a/:b', async (c) => c.json(pairDetail(await pairOf(c.req.param('a'), c.req.param('b')))));

  app.get('/api/dyads/:a/:b/explain', async (c) => {
    const r = await pairOf(c.req.param('a'), c.req.param('b'));
    const { date } = parseInput(z.object({ date: DayParam }), c.req.query(), 'query');
    return c.json({ dyad: r.dyad, date, ...explainDay(r, date) });
  });

  app.get('/api/countries/:iso3/neighbours', async (c) => {
    const iso3 = parseInput(CountryParam, c.req.param('iso3'), 'country');
    if (!knownCountry(iso3)) throw new HttpError(404, `${iso3} is not a country code we know`);
    return c.json(countryView(iso3, await d.relations.get()));
  });
}
