/** Relation states and event kinds: one restrained palette, used by tables, charts, map and legend. */
import { h } from './dom.js';

export const STATE_COLORS: Record<string, string> = {
  cooperative: '#2f7d4f',
  stable: '#7a8594',
  recovering: '#3b6fb6',
  deteriorating: '#d08a2c',
  hostile: '#c0392b',
  escalating: '#7d1d16',
};
export const NO_DATA = '#e6e8eb';
export const CONFLICT = '#c0392b';
export const COOPERATION = '#2f7d4f';

export function stateBadge(state: string | null): HTMLElement {
  return h('span', { class: state ? 'badge' : 'badge none', style: `--c:${state ? STATE_COLORS[state] ?? NO_DATA : NO_DATA}` }, state ?? 'no data');
}

export function stateLegend(): HTMLElement {
  return h('ul', { class: 'legend' }, ...Object.keys(STATE_COLORS).map((s) => h('li', {}, h('i', { style: `background:${STATE_COLORS[s]}` }), s)), h('li', {}, h('i', { style: `background:${NO_DATA}` }), 'no data'));
}

/** Quads 3–4 (verbal and material conflict) are conflict; 1–2 cooperation. */
export function isConflict(quad: number): boolean {
  return quad >= 3;
}

export function actorLabel(a: { name: string; country: string | null; role: string | null } | null): string {
  if (!a) return '—';
  return [a.country ?? a.name, a.role].filter(Boolean).join(' ');
}
