/**
 * CAMEO 19, fight: strikes, attacks, shelling, clashes, firing at. The weapon refiner
 * sharpens 190 to 193 (small arms), 194 (artillery) or 195 (missiles, drones, aircraft).
 */
import type { EventPattern } from '../pattern-types.js';

/** Munitions fired at a place ("scores of shells", "80 artillery rounds", "a volley of rockets"). */
const MUNITION = String.raw`(?:missiles?|rockets?|shells?|drones?|rounds|mortars?|mortar\s+bombs|artillery|bullets|shots|salvos?|volleys?|barrages?|projectiles?|torpedo(?:es)?|grenades|bombs|munitions|flares|warning\s+shots)`;
/** Aircraft a state shoots down ("bomber", "airliner", "surveillance drone", "UAV"). */
const AIRCRAFT = String.raw`(?:jets?|planes?|aircraft|drones?|helicopters?|fighters?|bombers?|warplanes?|airliners?|UAVs?|gunships?|choppers?|interceptors?)`;

export const FIGHT_PATTERNS: readonly EventPattern[] = [
  { id: 'fight.strike', example: 'Iran struck Pakistan on Tuesday.', cameo: '190', triggers: ['strike', 'attack', 'hit', 'raid', 'pound', 'invade', 'bombard', 'retaliate against', 'target', 'torpedo', 'strafe', 'ambush'], pos: 'verb', notAfter: /^\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|balance|chord|tone|note|bargain|compromise|pact)\b|^\s+(?:hard|back at critics|out at)\b|^\s+back\s+(?:at|against)\s+(?:[\w'’.-]+\s+){0,3}?(?:criticism|critics|claims|accusations|allegations|remarks|comments|statements?|reports?|charges|suggestions)\b/i },
  // Heavy bombardment told with a figurative verb: "warplanes hammered Gaza City", "pummelled rebel
  // positions". "Hammered out a deal" and a market or economy hammered by prices are not attacks.
  { id: 'fight.hammer', example: 'Israeli warplanes hammered Gaza City on Sunday.', cameo: '190', triggers: ['hammer', 'pummel', 'pummell', 'blitz'], pos: 'verb', notAfter: /^\s+(?:out|home|away|at)\b|^\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:economy|economies|currency|markets?|shares|stocks|prices|ratings?|budgets?|exports?|imports?|industry|sector|message|point|deal|agreement|team|side)\b/i },
  // Forces storming a place: "Russian troops stormed the town", "commandos stormed the ship". Protesters
  // storming an embassy are protest.demonstrate; "stormed out of the talks" is no assault.
  { id: 'fight.storm', example: 'Russian troops stormed the Ukrainian village at dawn.', cameo: '190', triggers: ['storm'], pos: 'verb', near: ['troop', 'force', 'soldier', 'army', 'commando', 'marine', 'paratrooper', 'special force', 'unit', 'infantry', 'military'], nearWindow: 4, notAfter: /^\s+(?:out|off|away|back|to\s+(?:victory|power|the\s+top))\b/i },
  // The munition may come with a number, a quantity and modifiers before the direction: "fired
  // scores of shells at the island", "fired about 80 artillery rounds into the town", "fired back at".
  // Into the sea or open water is a show of force (posture.missile-launch), not an attack.
  { id: 'fight.fire-at', example: 'Pakistan fired at a village in Iran.', cameo: '190', triggers: ['fire', 'shoot', 'open fire', 'lob', 'hurl', 'rain', 'rain down', 'unleash', 'loose off'], pos: 'verb', after: new RegExp(String.raw`^\s+(?:back\s+)?(?:(?:(?:at\s+least|more\s+than|about|around|nearly|some|over|up\s+to)\s+)?(?:[\w,.-]+\s+){0,4}?${MUNITION}\s+)?(?:down\s+)?(?:at|on|into|upon|across|toward|towards|against)\b(?!\s+(?:the\s+)?(?:sea|ocean|waters|air)\b)`, 'i') },
  // Fire answered: "South Korean forces returned fire", "the post returned fire on the attackers".
  // With no object named, the main-pair refiner aims it at the other state.
  { id: 'fight.return-fire', example: 'Indian troops returned fire at Pakistani positions.', cameo: '190', triggers: ['return fire', 'fire back', 'shoot back'], pos: 'verb' },
  { id: 'fight.launch-missiles', example: 'Iran launched more than 300 drones and missiles at Israel on Saturday.', cameo: '195', triggers: ['launch', 'fire'], pos: 'verb', after: /^\s+(?:[\w,.-]+\s+){0,6}?(?:missiles?|rockets?|drones?|projectiles?)\b/i },
  // The craft may carry a model name and modifiers: "shot down a Russian Su-24 bomber", "downed an
  // unarmed reconnaissance drone", "brought down a MiG-29". The passive ("was shot down by") is the verb's.
  { id: 'fight.shoot-down', example: 'Pakistan shot down two Indian jets on Wednesday.', cameo: '190', triggers: ['shoot down', 'down', 'bring down'], pos: 'verb', after: new RegExp(String.raw`^\s+(?:\S+\s+){0,5}?(?:${AIRCRAFT}|missiles?|rockets?|(?:[A-Z][A-Za-z]*-\d+\w*|MiG-?\d*\w*)s?)\b`) },
  { id: 'fight.kill', example: 'Pakistani troops killed two Afghan soldiers in a border clash.', cameo: '190', triggers: ['kill', 'shoot dead', 'gun down', 'shoot and kill'], pos: 'verb' },
  // Wounding without a death is still an attack: "Pakistani fire wounded two Indian soldiers". The
  // victims must follow: "six were killed and 81 wounded" and "another wounded when…" are tolls.
  { id: 'fight.wound', example: 'Pakistani fire wounded two Indian soldiers near the Line of Control.', cameo: '190', triggers: ['wound', 'injure'], pos: 'verb', after: /^\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|a|an|the|several|dozens|hundreds|scores|many|its|their)\s/i },
  // "Hit back at the criticism" is a rebuttal in words, not fire.
  // War waged on a state: "waged war on Hamas", "went to war with Iraq".
  { id: 'fight.wage-war', example: 'Israel waged war on Syria on Monday.', cameo: '190', triggers: ['wage war on', 'wage war against', 'wage a war on', 'wage a war against', 'go to war with', 'go to war against', 'launch a war on', 'launch a war against', 'start a war with', 'start a war against'], pos: 'verb' },
  { id: 'fight.retaliate', example: 'Israel retaliated with a strike on an air base in Iran.', cameo: '190', triggers: ['retaliate', 'hit back', 'strike back'], pos: 'verb', notAfter: /^\s+(?:at|against)\s+(?:[\w'’.-]+\s+){0,3}?(?:criticism|critics|claims|accusations|allegations|remarks|comments|statements?|reports?|charges|suggestions|sanctions|tariffs|measures)\b/i },
  { id: 'fight.bomb', example: 'Israel bombed targets in Lebanon.', cameo: '195', triggers: ['bomb'], pos: 'verb' },
  // Bombs dropped from the air: "Russian jets dropped bombs on villages near Gori", "dropped barrel
  // bombs over the town". "Dropped the charges" is not this (the object must be a munition).
  { id: 'fight.drop-bombs', example: 'Russian jets dropped bombs on Georgian villages.', cameo: '195', triggers: ['drop', 'rain'], pos: 'verb', after: /^\s+(?:(?:\d[\d,]*|two|three|four|five|several|dozens\s+of|hundreds\s+of|more|its|their|the)\s+)?(?:(?:a\s+)?(?:series|salvo|wave|number|string|dozen|barrage)\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:bombs|bomb|munitions|explosives|grenades|incendiaries|ordnance)\s+(?:[\w-]+\s+){0,3}?(?:on|over|onto|near|in)\b/i },
  { id: 'fight.shell', example: 'Russia shelled Kharkiv overnight.', cameo: '194', triggers: ['shell'], pos: 'verb' },
  { id: 'fight.attack-noun', example: 'Iran launched a missile and drone attack in Pakistan.', cameo: '190', triggers: ['attack', 'strike', 'airstrike', 'air strike', 'air raid', 'raid', 'offensive', 'bombardment', 'incursion', 'operation', 'shelling'], pos: 'noun' },
  // An assault or onslaught set going: "mounted an assault on Eritrean positions", "unleashed an
  // onslaught against the town". A sexual, verbal or indecent assault is no act of war.
  { id: 'fight.assault-noun', example: 'Ethiopian troops launched an assault on Eritrean positions.', cameo: '190', triggers: ['assault', 'ground assault', 'onslaught', 'counteroffensive', 'counter-offensive', 'bombing raid', 'bombing campaign', 'air campaign', 'blitz'], pos: 'noun', before: /^(?![\s\S]*\b(?:sexual|sexually|indecent|verbal|physical|alleged|criminal)\s*$)/i },
  // 'land in' is listed so that, near a projectile word, it wins over the visit's "landed in Asmara".
  { id: 'fight.projectile-lands', example: 'Cambodian rockets landed in Thailand on Thursday.', cameo: '190', triggers: ['land in', 'land', 'fall', 'slam into', 'crash into', 'rain down on', 'explode', 'impact'], pos: 'verb', near: ['rocket', 'missile', 'shell', 'drone', 'projectile', 'mortar', 'bomb', 'artillery', 'munition'], nearWindow: 3 },
  { id: 'fight.under-fire', example: 'An Indian border post came under fire from Pakistani troops.', cameo: '190', triggers: ['come under fire', 'come under attack', 'come under shelling', 'come under heavy fire', 'come under rocket fire', 'come under artillery fire', 'come under drone attack', 'come under missile attack'], pos: 'verb', undergoer: true },
  { id: 'fight.clash', example: 'Indian and Chinese troops clashed on the border.', cameo: '193', triggers: ['clash', 'exchange fire', 'exchange of fire', 'skirmish', 'trade fire', 'trade gunfire', 'exchange gunfire', 'exchange artillery fire', 'trade artillery fire', 'exchange heavy fire', 'trade heavy fire', 'exchange shot', 'trade shot', 'exchange small-arms fire', 'trade small-arms fire', 'exchange mortar fire', 'trade mortar fire', 'exchange rocket fire', 'trade rocket fire'], pos: 'verb', symmetric: true },
  // Ground forces crossing in: "Russian tanks poured through the tunnel", "troops crossed into
  // Georgian territory", "armoured columns rolled into the town". Only with a force word just before.
  { id: 'fight.incursion', example: 'Russian troops crossed into Georgian territory on Monday.', cameo: '192', triggers: ['pour into', 'pour through', 'pour across', 'cross into', 'cross over into', 'roll into', 'push into', 'advance into', 'march into', 'storm into', 'sweep into', 'move into', 'enter', 'cross', 'intrude into', 'encroach into', 'push deep into'], pos: 'verb', after: /^\s+(?:over\s+)?(?:from\s+[^.;,]{1,40}?\s+)?(?:into|through|across)\b|^\s+(?:the\s+)?(?:border|frontier|line)\b|^\s+(?!the\s+(?:room|race|talks|market|politics|negotiations))\S/i, near: ['troop', 'tank', 'force', 'soldier', 'army', 'armour', 'armor', 'unit', 'column', 'paratrooper', 'military', 'infantry', 'marine'], nearWindow: 4 },
  { id: 'fight.occupy', example: 'Eritrea occupied the Ethiopian town of Badme.', cameo: '192', triggers: ['occupy', 'capture', 'annex', 'seize control of', 'retake', 'recapture', 'overrun', 'take control of', 'take over'], pos: 'verb', notAfter: /^\s+(?:the\s+)?(?:[\w-]+\s+)?(?:headlines|imagination|attention|market|presidency|chairmanship|leadership|helm)\b/i },
  { id: 'fight.blockade', example: 'Azerbaijan blockaded the road to Armenia.', cameo: '191', triggers: ['blockade', 'impose a blockade', 'impose blockade', 'reimpose a blockade', 'reimpose blockade', 'reimpose the blockade', 'tighten the blockade', 'tighten its blockade', 'besiege', 'lay siege to'], pos: 'verb' },
  // The blockade described: "imposed a land, sea and air blockade on Qatar", "declared a naval
  // blockade of the coast", "enforced a total siege of the city".
  { id: 'fight.impose-blockade', example: 'Israel imposed a full naval blockade on Gaza.', cameo: '191', triggers: ['impose', 'reimpose', 'declare', 'enforce', 'announce', 'tighten'], pos: 'verb', after: /^\s+(?:\w+day\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?!blockade|siege)[\w,'’-]+\s+){1,5}?(?:blockade|siege)\s+(?:on|of|against|around)\b/i },
  { id: 'fight.violate-ceasefire', example: 'Pakistan violated the ceasefire with India.', cameo: '196', triggers: ['violate the ceasefire', 'break the ceasefire', 'violate a ceasefire', 'breach the truce', 'violate the truce', 'breach the ceasefire', 'break the truce', 'violate the armistice', 'breach the armistice', 'violate ceasefire', 'breach ceasefire'], pos: 'verb', needsTarget: false },
  // Tried last: a clash with no party named, dated to a day ("The fighting took place on Monday
  // night in the valley", "began last Wednesday with an exchange of fire between border guards").
  { id: 'fight.unnamed-clash', example: 'Kenya accused Somalia, Somalia accused Kenya, Kenya warned Somalia and Somalia warned Kenya. A clash broke out on Monday night.', cameo: '190', triggers: ['exchange of fire', 'exchange of gunfire', 'clash', 'skirmish', 'gunfight', 'fighting', 'shooting', 'gunfire', 'shelling', 'hostility'], pos: 'noun', symmetric: true, pairWhenUnnamed: true },
  // An invasion set going: "mounted its long-threatened invasion of south Lebanon", "launched a
  // ground invasion into Gaza". A bare "the invasion" is background and proposes nothing.
  { id: 'fight.launch-invasion', example: 'Iraq launched its invasion of Kuwait before dawn.', cameo: '190', triggers: ['mount', 'launch', 'begin', 'start', 'order', 'unleash'], pos: 'verb', after: /^\s+(?:\w+day\s+)?(?:its\s+|their\s+|an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?invasion\s+(?:of|into)\b/i },
  // Forces expelled by force from ground they held: "the army had driven the southern forces out",
  // "pushed the rebels back across the river", "dislodged Armenian troops from the heights".
  { id: 'fight.drive-out', example: 'The Sudanese army drove the South Sudanese troops out of the oil town.', cameo: '190', triggers: ['drive', 'push', 'force', 'chase', 'rout', 'dislodge', 'flush'], pos: 'verb', after: /^\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:forces|troops|soldiers|army|fighters|units|garrisons?)\s+(?:(?:out|back)\b|from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:positions?|posts?|heights|town|village|area|territory|island|hills?|ridge|base)\b)/i },
];
