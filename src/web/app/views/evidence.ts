/** An event with its evidence sentences (text only) and links to the articles they come from. */
import type { ApiEvent } from '../api.js';
import { h } from '../dom.js';
import { actorLabel, isConflict } from '../states.js';

export function eventCard(e: ApiEvent, selected = false): HTMLElement {
  const head = h('div', { class: 'event-head' },
    h('span', { class: `dot ${isConflict(e.quad) ? 'conflict' : 'cooperation'}` }),
    h('strong', {}, e.date ?? 'undated'), ' ',
    `${actorLabel(e.source)} → ${actorLabel(e.target)}`, ' ',
    h('code', {}, e.cameo), e.plover ? ` ${e.plover}` : '',
    e.modality !== 'asserted' ? h('em', { class: 'modality' }, ` ${e.modality}`) : '',
    e.fatalities != null ? h('span', { class: 'deaths' }, ` · ${e.fatalities} dead`) : '',
    e.de_escalation ? h('span', { class: 'deesc-label' }, ` · de-escalation: ${e.de_escalation}`) : '',
  );
  const list = h('ul', { class: 'evidence' }, ...e.evidences.map((v) =>
    h('li', {},
      h('blockquote', { class: 'sentence' }, v.sentence || '(no sentence: imported event)'),
      h('div', { class: 'source' },
        v.speaker ? `said by ${v.speaker} · ` : '',
        v.published ? `${v.published} · ` : '',
        v.imported ? 'imported' : h('a', { href: `#/article/${encodeURIComponent(v.articleId)}` }, 'read in article'),
        v.url ? ' · ' : '', v.url ? h('a', { href: v.url, rel: 'noopener noreferrer', target: '_blank' }, 'original') : '',
      ),
    )));
  const more = e.evidence_count > e.evidences.length ? h('p', { class: 'muted' }, `${e.evidence_count - e.evidences.length} more report(s)`) : '';
  return h('article', { class: `event-card${selected ? ' selected' : ''}`, 'data-key': e.key }, head, list, more);
}
