/**
 * ACLED event and sub-event types → CAMEO codes. Goldstein weights and QuadClasses are GDELT's
 * (CAMEO.goldsteinscale.txt, quadclass.gdelt.tsv); PLOVER types follow CAMEO2PLOVER-2021.
 * Each rule has an id (kept as the evidence `pattern`) and the ACLED type it reads.
 */
export interface AcledRule {
  /** e.g. "acled.battles.armed-clash". */
  id: string;
  cameo: string;
  goldstein: number;
  quad: 1 | 2 | 3 | 4;
  plover: string | null;
}

const rule = (id: string, cameo: string, goldstein: number, quad: 1 | 2 | 3 | 4, plover: string | null): AcledRule => ({ id, cameo, goldstein, quad, plover });

/** Sub-event type (lower case) → rule. */
const BY_SUB_EVENT: Readonly<Record<string, AcledRule>> = {
  // Battles
  'armed clash': rule('acled.battles.armed-clash', '193', -10, 4, 'ASSAULT'),
  'government regains territory': rule('acled.battles.regain-territory', '190', -10, 4, 'ASSAULT'),
  'non-state actor overtakes territory': rule('acled.battles.overtake-territory', '190', -10, 4, 'ASSAULT'),
  // Explosions/Remote violence
  'air/drone strike': rule('acled.explosions.air-strike', '195', -10, 4, 'ASSAULT'),
  'shelling/artillery/missile attack': rule('acled.explosions.shelling', '194', -10, 4, 'ASSAULT'),
  'remote explosive/landmine/ied': rule('acled.explosions.ied', '183', -10, 4, 'ASSAULT'),
  'suicide bomb': rule('acled.explosions.suicide-bomb', '183', -10, 4, 'ASSAULT'),
  grenade: rule('acled.explosions.grenade', '183', -10, 4, 'ASSAULT'),
  'chemical weapon': rule('acled.explosions.chemical', '2041', -10, 4, 'ASSAULT'),
  // Violence against civilians
  attack: rule('acled.civilians.attack', '180', -9, 4, 'ASSAULT'),
  'abduction/forced disappearance': rule('acled.civilians.abduction', '181', -9, 4, 'ASSAULT'),
  'sexual violence': rule('acled.civilians.sexual-violence', '1821', -9, 4, 'ASSAULT'),
  // Protests
  'peaceful protest': rule('acled.protests.peaceful', '141', -6.5, 3, 'PROTEST'),
  'protest with intervention': rule('acled.protests.intervention', '141', -6.5, 3, 'PROTEST'),
  'excessive force against protesters': rule('acled.protests.excessive-force', '175', -9, 4, 'ASSAULT'),
  // Riots
  'violent demonstration': rule('acled.riots.violent-demonstration', '145', -7.5, 3, 'PROTEST'),
  'mob violence': rule('acled.riots.mob-violence', '145', -7.5, 3, 'PROTEST'),
  // Strategic developments: mostly not interactions between states; coded so they keep their meaning.
  agreement: rule('acled.strategic.agreement', '057', 8, 1, 'SUPPORT'),
  arrests: rule('acled.strategic.arrests', '173', -5, 4, 'COERCE'),
  'looting/property destruction': rule('acled.strategic.looting', '171', -9.2, 4, 'COERCE'),
  'headquarters or base established': rule('acled.strategic.base', '154', -7.2, 4, 'MOBILIZE'),
  'disrupted weapons use': rule('acled.strategic.disrupted-weapons', '150', -7.2, 4, 'MOBILIZE'),
  'change to group/activity': rule('acled.strategic.change', '010', 0, 1, null),
  'non-violent transfer of territory': rule('acled.strategic.transfer', '010', 0, 1, null),
  other: rule('acled.strategic.other', '010', 0, 1, null),
};

/** Event type (lower case) → the rule used when the sub-event type is missing or unknown. */
const BY_EVENT_TYPE: Readonly<Record<string, AcledRule>> = {
  battles: rule('acled.battles', '190', -10, 4, 'ASSAULT'),
  'explosions/remote violence': rule('acled.explosions', '195', -10, 4, 'ASSAULT'),
  'violence against civilians': rule('acled.civilians', '180', -9, 4, 'ASSAULT'),
  protests: rule('acled.protests', '141', -6.5, 3, 'PROTEST'),
  riots: rule('acled.riots', '145', -7.5, 3, 'PROTEST'),
  'strategic developments': rule('acled.strategic', '010', 0, 1, null),
};

/**
 * Rule acled.civilians.mass-killing: an attack on civilians that kills ten or more is CAMEO 202
 * (engage in mass killings), e.g. "Attack" with fatalities 14.
 */
export const MASS_KILLING_FATALITIES = 10;
const MASS_KILLING = rule('acled.civilians.mass-killing', '202', -10, 4, 'ASSAULT');

/** The rule for an ACLED row, or null when its event type is unknown. */
export function acledRule(eventType: string, subEventType: string, fatalities: number | null): AcledRule | null {
  const type = eventType.trim().toLowerCase();
  const sub = subEventType.trim().toLowerCase();
  const base = BY_EVENT_TYPE[type] ? BY_SUB_EVENT[sub] ?? BY_EVENT_TYPE[type] : null;
  if (base?.id === 'acled.civilians.attack' && fatalities != null && fatalities >= MASS_KILLING_FATALITIES) return MASS_KILLING;
  return base;
}
