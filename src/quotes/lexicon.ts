/**
 * Word lists the quote finder reads. Data, not code: each list is plain and commented where a word is
 * ambiguous. Matching is case-sensitive unless the list says otherwise.
 */

/** Verbs that introduce speech, in the forms journalists use around a quote ("says", "told"). */
export const SPEECH_VERBS: readonly string[] = [
  'says', 'said', 'say', 'asks', 'asked', 'argues', 'argued', 'notes', 'noted', 'adds', 'added',
  'tells', 'told', 'warns', 'warned', 'explains', 'explained', 'insists', 'insisted', 'writes', 'wrote',
  'claims', 'claimed', 'stated', 'states', 'contends', 'contended', 'maintains', 'maintained',
  'recalls', 'recalled', 'acknowledges', 'acknowledged', 'concedes', 'conceded', 'stresses', 'stressed',
  'emphasizes', 'emphasized', 'observes', 'observed', 'remarks', 'remarked', 'continues', 'continued',
  'declared', 'declares', 'announced', 'announces', 'suggests', 'suggested', 'predicts', 'predicted',
  // A vow or a mocking word names its speaker too: "the leader vowed that the enemy “will be punished”",
  // "she called the deal “a victory for dialogue”", "calling the trash “gifts of sincerity”".
  'vowed', 'vows', 'called', 'calls', 'calling', 'mocked',
  // An order, demand or pledge quotes the words it was given in: "the president ordered the army to respond
  // with “overwhelming force”", "she promised to win the seat back “whatever it takes”".
  'ordered', 'orders', 'urged', 'urges', 'demanded', 'demands', 'pledged', 'pledges', 'promised', 'promises',
  'threatened', 'threatens',
  // Agency and translated copy: "the minister conveyed that …", "the president affirmed that …".
  'conveyed', 'conveys', 'affirmed', 'affirms', 'asserted', 'asserts', 'emphasised', 'emphasises',
  // "described the government as “…”" quotes the words it uses for something.
  'described', 'describes', 'branded', 'brands', 'dubbed', 'dubs', 'termed', 'terms',
];

/** Speech verbs after which a reported clause ("that …") is an indirect quote. `announced` is left out on purpose: states announce events, the coder reads those. */
export const INDIRECT_VERBS: readonly string[] = [
  'says', 'said', 'argues', 'argued', 'notes', 'noted', 'adds', 'added', 'tells', 'told', 'warns', 'warned',
  'explains', 'explained', 'insists', 'insisted', 'writes', 'wrote', 'claims', 'claimed', 'stated', 'states',
  'contends', 'contended', 'maintains', 'maintained', 'stresses', 'stressed', 'acknowledges', 'acknowledged',
  'concedes', 'conceded', 'suggests', 'suggested', 'predicts', 'predicted',
  'conveyed', 'conveys', 'affirmed', 'affirms', 'asserted', 'asserts', 'emphasised', 'emphasises', 'emphasized', 'emphasizes',
];

/** Participles that continue an attribution with a reported clause: "says X, noting that …". */
export const SPEECH_PARTICIPLES: readonly string[] = [
  'noting', 'adding', 'arguing', 'warning', 'insisting', 'explaining', 'stressing', 'saying', 'claiming',
];

/** Honorifics: dropped from the name; they carry the gender when they have one. */
export const HONORIFICS: Readonly<Record<string, 'm' | 'f' | null>> = {
  'Mr.': 'm', Mr: 'm', Doctor: null, 'Mrs.': 'f', Mrs: 'f', 'Ms.': 'f', Ms: 'f', Miss: 'f', 'Dr.': null, Dr: null,
  'Prof.': null, Sir: 'm', Dame: 'f', Lord: 'm', Lady: 'f', 'M.': 'm', 'Mme.': 'f', Mme: 'f',
  // Spanish, Portuguese, German and Italian forms that English reporting keeps ("Señora Rosa Huamán").
  Señor: 'm', Señora: 'f', Señorita: 'f', Doña: 'f',
  Senhor: 'm', Senhora: 'f', Herr: 'm', Frau: 'f', Signor: 'm', Signora: 'f',
};

/**
 * Title words: capitalized words before a name that belong to the description, not the name
 * ("former Pakistani Ambassador Husain Haqqani" -> name "Husain Haqqani").
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'President', 'Vice', 'Prime', 'Minister', 'Ministers', 'Foreign', 'Defense', 'Defence', 'Interior', 'Finance',
  'Deputy', 'Acting', 'Caretaker', 'Former', 'Ambassador', 'Envoy', 'General', 'Gen.', 'Lt.', 'Lieutenant',
  'Col.', 'Colonel', 'Maj.', 'Major', 'Capt.', 'Captain', 'Adm.', 'Admiral', 'Brig.', 'Brigadier', 'Marshal',
  'Field', 'Commander', 'Chief', 'Sgt.', 'Sergeant', 'Sen.', 'Senator', 'Rep.', 'Representative', 'Gov.',
  'Governor', 'Mayor', 'King', 'Queen', 'Prince', 'Princess', 'Crown', 'Sheikh', 'Emir', 'Ayatollah', 'Imam',
  'Rev.', 'Reverend', 'Pope', 'Chancellor', 'Secretary', 'Secretary-General', 'Chairman', 'Chairwoman',
  'Chair', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Judge', 'Justice', 'Director', 'Director-General',
  'Supreme', 'Leader', 'Affairs', 'Speaker', 'Commissioner', 'Attorney', 'State', 'Army', 'Air', 'Naval', 'Security',
  'National', 'Adviser', 'Advisor', 'Professor', 'Prof.', 'Premier', 'Sultan', 'Cardinal', 'Bishop',
]);

/** Lowercase name particles allowed inside a name ("Mohammed bin Salman", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin', 'ibn', 'bint', 'von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'dos',
  'das', 'al', 'el', 'ul', 'y',
]);

/** Words that make a capitalized phrase an institution, not a person ("the Pakistani Foreign Ministry"). */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'Ministry', 'Office', 'Department', 'Government', 'Army', 'Military', 'Forces', 'Council', 'Agency',
  'Embassy', 'Mission', 'Parliament', 'Assembly', 'Cabinet', 'Committee', 'Commission', 'Corps', 'Guard',
  'Police', 'Court', 'Presidency', 'Kremlin', 'Pentagon', 'Administration', 'Authority', 'Authorities',
  'Service', 'Command', 'Headquarters', 'Organization', 'Organisation', 'Union', 'Nations', 'Institute',
  'ministry', 'office', 'government', 'army', 'military', 'officials', 'authorities', 'spokesman',
  'spokeswoman', 'spokesperson', 'media', 'forces', 'embassy', 'statement', 'agency', 'diplomats',
]);

/**
 * Abbreviations of titles and name suffixes that keep their period inside a name ("Gen. Romeo Brawner
 * Jr.", "Brig. Gen. Mohammad Reza Zahedi"), so the period does not end the capitalized run.
 */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Gen.', 'Lt.', 'Col.', 'Maj.', 'Capt.', 'Adm.', 'Brig.', 'Sgt.', 'Sen.', 'Rep.', 'Gov.', 'Rev.', 'Prof.', 'Jr.', 'Sr.',
]);

/** Suffixes after a surname: "Romeo Brawner Jr." is "General Brawner". */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);

/** Pronouns that refer back to a person, with the gender they require. */
export const PRONOUNS: Readonly<Record<string, 'm' | 'f' | null>> = { he: 'm', she: 'f', He: 'm', She: 'f' };

/** Abbreviations after which a period does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Adm', 'Brig',
  'Sgt', 'Rev', 'St', 'Jr', 'Sr', 'Mt', 'Ft', 'No', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep',
  'Sept', 'Oct', 'Nov', 'Dec', 'Min', 'vs', 'etc', 'Inc', 'Co', 'Corp', 'Ltd', 'U.S', 'U.K', 'U.N', 'E.U', 'Mme',
]);
