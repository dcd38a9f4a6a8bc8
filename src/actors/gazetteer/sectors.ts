/**
 * Common nouns that name a sector of a state ("officials", "army") and offices held by a person
 * ("foreign minister"). Matched in any case, after a country, demonym or capital ("Iranian
 * officials", "Pakistan's Foreign Ministry") or before "of" + country ("the army of Pakistan").
 * `person`: the noun names one holder of an office, so a name may follow ("Foreign Minister X").
 */
import type { Sector } from '../types.js';

export interface SectorEntry {
  phrase: string;
  sector: Sector;
  person: boolean;
}

const collective = (sector: Sector, ...phrases: string[]): SectorEntry[] => phrases.map((phrase) => ({ phrase, sector, person: false }));
const office = (sector: Sector, ...phrases: string[]): SectorEntry[] => phrases.map((phrase) => ({ phrase, sector, person: true }));

export const SECTOR_NOUNS: readonly SectorEntry[] = [
  ...collective('GOV', 'government', 'governments', 'authorities', 'officials', 'administration', 'regime', 'leadership',
    'political leadership', 'leaders', 'cabinet', 'ministry', 'foreign ministry', 'foreign office', 'ministry of foreign affairs',
    'interior ministry', 'ministry of interior', 'ministry of defence', 'ministry of defense', 'defence ministry', 'defense ministry',
    'national security committee', 'national security council', 'security council', 'deep state', 'state', 'diplomats',
    'delegation', 'negotiators', 'embassy', 'consulate', 'mission', 'side', 'establishment', 'ministers', 'envoys',
    'war cabinet', 'security cabinet', 'presidency', 'presidential office', 'presidential administration', 'presidential palace',
    "prime minister's office", 'high commission', 'supreme national security council', 'national security office', 'foreign service',
    'ministry of external affairs', 'external affairs ministry', 'state department', 'unification ministry', 'ministry of unification',
    'treasury', 'treasury department', 'department of the treasury', 'finance ministry', 'ministry of finance', 'commerce ministry',
    'ministry of commerce', 'commerce department', 'trade ministry', 'ministry of trade', 'economy ministry', 'justice ministry',
    'ministry of justice', 'watchdog', 'regulator', 'junta', 'military junta', 'ruling junta', 'military rulers', 'military government'),
  ...collective('MIL', 'army', 'military', 'military leadership', 'armed forces', 'forces', 'troops', 'soldiers', 'air force',
    'navy', 'naval forces', 'security forces', 'border guards', 'border forces', 'border police', 'jets', 'fighter jets',
    'warplanes', 'drones', 'missiles', 'artillery', 'revolutionary guards', 'revolutionary guard', 'revolutionary guard corps',
    'paramilitary', 'paramilitaries', 'military forces', 'ground forces', 'special forces', 'commandos', 'militia', 'militias',
    'coast guard', 'warships', 'strikes', 'airstrikes', 'air strikes', 'joint chiefs of staff', 'general staff',
    'defense forces', 'defence forces', 'marines', 'national guard', 'military command', 'coastguard', 'coast guard personnel',
    'joint chiefs', 'joint staff', 'defence force', 'defense force', 'border guard', 'army command', 'military intelligence', 'rocket force', 'rocket forces',
    'peacekeepers', 'peacekeeping troops', 'peacekeeping forces', 'peacekeeping contingent'),
  ...collective('COP', 'police', 'police officers', 'policemen', 'counterterrorism department', 'counter-terrorism department'),
  ...collective('LEG', 'parliament', 'senate', 'lawmakers', 'legislators', 'mps', 'national assembly', 'parliamentarians', 'congress'),
  ...collective('MED', 'media', 'state media', 'state-run media', 'state-run television', 'state-run tv', 'official news agency', 'state-run news agency', 'state television', 'state tv', 'television', 'tv', 'news agency',
    'state news agency', 'press', 'newspaper', 'newspapers', 'journalists', 'broadcaster', 'state broadcaster', 'news outlets'),
  ...collective('CVL', 'civilians', 'villagers', 'children', 'people', 'citizens', 'nationals', 'residents', 'women',
    'fishermen', 'crew', 'crew members', 'pilgrims', 'workers', 'laborers', 'labourers', 'tourists', 'public', 'population', 'settlers'),
  ...collective('REF', 'refugees', 'migrants', 'asylum seekers'),
  ...collective('OPP', 'opposition', 'opposition parties', 'protesters', 'protestors', 'demonstrators', 'dissidents'),
  ...collective('JUD', 'court', 'courts', 'supreme court', 'high court', 'constitutional court', 'judiciary', 'judges'),
  ...collective('HLH', 'doctors', 'medics', 'nurses', 'health officials', 'health ministry', 'ministry of health'),
  ...collective('BUS', 'companies', 'firms', 'businesses', 'traders', 'businessmen'),
  ...collective('SPY', 'intelligence', 'intelligence agency', 'intelligence services', 'spy agency', 'intelligence officials'),
  ...collective('REB', 'rebels', 'militants', 'insurgents', 'jihadists', 'terrorists', 'fighters', 'gunmen', 'armed groups', 'militant groups',
    'guerrillas', 'guerillas', 'guerrilla fighters', 'guerrilla forces'),
  ...collective('SEP', 'separatists', 'separatist groups', 'separatist militants'),
  ...collective('EDU', 'students', 'universities'),
  ...office('GOV', 'president', 'vice president', 'prime minister', 'premier', 'caretaker prime minister', 'interim prime minister',
    'foreign minister', 'minister of foreign affairs', 'defence minister', 'defense minister', 'interior minister', 'minister',
    'deputy foreign minister', 'vice foreign minister', 'deputy prime minister', 'vice premier', 'vice-president', 'ambassador', 'envoy', 'special envoy', 'diplomat', 'spokesperson', 'spokesman', 'spokeswoman',
    'foreign ministry spokesperson', 'foreign ministry spokesman', 'foreign office spokesperson', 'government spokesman',
    'official', 'senior official', 'king', 'crown prince', 'emir', 'supreme leader', 'chancellor', 'secretary of state',
    'attache', 'military attache', 'defence attache', 'defense attache', 'national security adviser', 'national security advisor', 'foreign secretary', 'permanent representative', 'consul general',
    'head of state', 'head of government', 'state councilor', 'state councillor', 'leader', 'sultan', 'governor', 'chief minister', 'interior secretary', 'defence secretary', 'defense secretary'),
  ...office('MIL', 'army chief', 'chief of army staff', 'general', 'gen.', 'gen', 'lt. gen.', 'lt gen', 'lieutenant general',
    'maj. gen.', 'major general', 'brig.', 'brigadier', 'brigadier general', 'col.', 'adm.', 'air marshal', 'air chief marshal', 'commander', 'military commander', 'commander-in-chief',
    'chief of staff', 'chief of defence staff', 'military spokesman', 'army spokesman', 'field marshal', 'admiral', 'colonel', 'soldier'),
  ...office('LEG', 'senator', 'sen.', 'rep.', 'lawmaker', 'legislator', 'mp', 'member of parliament', 'speaker', 'parliamentarian'),
  ...office('COP', 'police chief', 'police officer', 'inspector general of police'),
  ...office('SPY', 'intelligence chief', 'spy chief'),
  // A ship's master: "the Chinese captain, Zhan Qixiong", held after a collision at sea.
  ...office('CVL', 'captain', 'skipper'),
  ...office('JUD', 'judge', 'chief justice', 'attorney general', 'prosecutor'),
];

/**
 * Modifiers that decide the sector of a generic noun after them: "Afghan *rebel* leaders" are
 * REB, not the GOV that "leaders" alone would give.
 */
export const MODIFIER_SECTORS: Readonly<Record<string, Sector>> = {
  rebel: 'REB', militant: 'REB', insurgent: 'REB', separatist: 'SEP', opposition: 'OPP', military: 'MIL',
  army: 'MIL', naval: 'MIL', police: 'COP', intelligence: 'SPY', judicial: 'JUD', health: 'HLH',
};

/** Words that may stand between a country word and its sector noun ("Pakistani *top* officials"). */
export const SECTOR_MODIFIERS: ReadonlySet<string> = new Set([
  'top', 'senior', 'former', 'new', 'local', 'provincial', 'federal', 'central', 'regional', 'civilian', 'political',
  'military', 'security', 'foreign', 'defence', 'defense', 'caretaker', 'interim', 'acting', 'deputy', 'chief', 'elite',
  'border', 'government', 'state', 'official', 'ruling', 'armed', 'paramilitary', 'retired', 'outgoing', 'incoming',
  'civil', 'naval', 'air', 'army', 'rebel', 'militant', 'opposition', 'insurgent', 'separatist', 'police',
  'intelligence', 'judicial', 'health', 'high', 'ousted', 'exiled', 'vice', 'special', 'regular',
  // A minister's portfolio: "South Sudan's information minister, X", "Russia's agriculture watchdog".
  'information', 'interior', 'finance', 'trade', 'energy', 'oil', 'petroleum', 'agriculture', 'economy', 'justice',
  'education', 'culture', 'transport', 'communications', 'water', 'mining', 'home', 'industry', 'commerce', 'fisheries',
]);
