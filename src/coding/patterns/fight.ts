/**
 * CAMEO 19, fight: strikes, attacks, shelling, clashes, firing at. The weapon refiner
 * sharpens 190 to 193 (small arms), 194 (artillery) or 195 (missiles, drones, aircraft).
 */
import type { EventPattern } from '../pattern-types.js';

export const FIGHT_PATTERNS: readonly EventPattern[] = [
  { id: 'fight.strike', example: 'Iran struck Pakistan on Tuesday.', cameo: '190', triggers: ['strike', 'attack', 'hit', 'raid', 'pound', 'invade', 'bombard', 'retaliate against', 'target'], pos: 'verb', notAfter: /^\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|balance|chord|tone|note|bargain|compromise|pact)\b|^\s+(?:hard|back at critics|out at)\b/i },
  { id: 'fight.fire-at', example: 'Pakistan fired at a village in Iran.', cameo: '190', triggers: ['fire', 'shoot', 'open fire'], pos: 'verb', after: /^\s+(?:missiles?\s+|rockets?\s+|shells?\s+|drones?\s+)?(?:at|on|into|upon|across|toward|towards)\b/i },
  { id: 'fight.launch-missiles', example: 'Iran launched more than 300 drones and missiles at Israel on Saturday.', cameo: '195', triggers: ['launch', 'fire'], pos: 'verb', after: /^\s+(?:[\w,.-]+\s+){0,6}?(?:missiles?|rockets?|drones?|projectiles?)\b/i },
  { id: 'fight.shoot-down', example: 'Pakistan shot down two Indian jets on Wednesday.', cameo: '190', triggers: ['shoot down', 'down'], pos: 'verb', after: /^\s+(?:\S+\s+){0,4}(?:jets?|planes?|aircraft|drones?|helicopters?|fighters?|missiles?)\b/i },
  { id: 'fight.kill', example: 'Pakistani troops killed two Afghan soldiers in a border clash.', cameo: '190', triggers: ['kill'], pos: 'verb' },
  // Wounding without a death is still an attack: "Pakistani fire wounded two Indian soldiers". The
  // victims must follow: "six were killed and 81 wounded" and "another wounded when…" are tolls.
  { id: 'fight.wound', example: 'Pakistani fire wounded two Indian soldiers near the Line of Control.', cameo: '190', triggers: ['wound', 'injure'], pos: 'verb', after: /^\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|a|an|the|several|dozens|hundreds|scores|many|its|their)\s/i },
  { id: 'fight.retaliate', example: 'Israel retaliated with a strike on an air base in Iran.', cameo: '190', triggers: ['retaliate', 'hit back', 'strike back'], pos: 'verb' },
  { id: 'fight.bomb', example: 'Israel bombed targets in Lebanon.', cameo: '195', triggers: ['bomb'], pos: 'verb' },
  // Bombs dropped from the air: "Russian jets dropped bombs on villages near Gori", "dropped barrel
  // bombs over the town". "Dropped the charges" is not this (the object must be a munition).
  { id: 'fight.drop-bombs', example: 'Russian jets dropped bombs on Georgian villages.', cameo: '195', triggers: ['drop', 'rain'], pos: 'verb', after: /^\s+(?:(?:\d[\d,]*|two|three|four|five|several|dozens\s+of|hundreds\s+of|more|its|their|the)\s+)?(?:(?:a\s+)?(?:series|salvo|wave|number|string|dozen|barrage)\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:bombs|bomb|munitions|explosives|grenades|incendiaries|ordnance)\s+(?:[\w-]+\s+){0,3}?(?:on|over|onto|near|in)\b/i },
  { id: 'fight.shell', example: 'Russia shelled Kharkiv overnight.', cameo: '194', triggers: ['shell'], pos: 'verb' },
  { id: 'fight.attack-noun', example: 'Iran launched a missile and drone attack in Pakistan.', cameo: '190', triggers: ['attack', 'strike', 'airstrike', 'air strike', 'air raid', 'raid', 'offensive', 'bombardment', 'incursion', 'operation', 'shelling'], pos: 'noun' },
  // 'land in' is listed so that, near a projectile word, it wins over the visit's "landed in Asmara".
  { id: 'fight.projectile-lands', example: 'Cambodian rockets landed in Thailand on Thursday.', cameo: '190', triggers: ['land in', 'land', 'fall', 'slam into', 'crash into', 'rain down on', 'explode', 'impact'], pos: 'verb', near: ['rocket', 'missile', 'shell', 'drone', 'projectile', 'mortar', 'bomb', 'artillery', 'munition'], nearWindow: 3 },
  { id: 'fight.under-fire', example: 'An Indian border post came under fire from Pakistani troops.', cameo: '190', triggers: ['come under fire', 'come under attack', 'come under shelling', 'come under heavy fire', 'come under rocket fire', 'come under artillery fire', 'come under drone attack', 'come under missile attack'], pos: 'verb', undergoer: true },
  { id: 'fight.clash', example: 'Indian and Chinese troops clashed on the border.', cameo: '193', triggers: ['clash', 'exchange fire', 'exchange of fire', 'skirmish'], pos: 'verb', symmetric: true },
  // Ground forces crossing in: "Russian tanks poured through the tunnel", "troops crossed into
  // Georgian territory", "armoured columns rolled into the town". Only with a force word just before.
  { id: 'fight.incursion', example: 'Russian troops crossed into Georgian territory on Monday.', cameo: '192', triggers: ['pour into', 'pour through', 'pour across', 'cross into', 'cross over into', 'roll into', 'push into', 'advance into', 'march into', 'storm into', 'sweep into', 'move into', 'enter', 'cross'], pos: 'verb', after: /^\s+(?:over\s+)?(?:from\s+[^.;,]{1,40}?\s+)?(?:into|through|across)\b|^\s+(?:the\s+)?(?:border|frontier|line)\b|^\s+(?!the\s+(?:room|race|talks|market|politics|negotiations))\S/i, near: ['troop', 'tank', 'force', 'soldier', 'army', 'armour', 'armor', 'unit', 'column', 'paratrooper', 'military', 'infantry', 'marine'], nearWindow: 4 },
  { id: 'fight.occupy', example: 'Eritrea occupied the Ethiopian town of Badme.', cameo: '192', triggers: ['occupy', 'capture', 'annex', 'seize control of', 'retake', 'recapture', 'overrun', 'take control of', 'take over'], pos: 'verb', notAfter: /^\s+(?:the\s+)?(?:[\w-]+\s+)?(?:headlines|imagination|attention|market|presidency|chairmanship|leadership|helm)\b/i },
  { id: 'fight.blockade', example: 'Azerbaijan blockaded the road to Armenia.', cameo: '191', triggers: ['blockade', 'impose a blockade', 'impose blockade', 'reimpose a blockade', 'reimpose blockade', 'reimpose the blockade', 'tighten the blockade', 'tighten its blockade'], pos: 'verb' },
  { id: 'fight.violate-ceasefire', example: 'Pakistan violated the ceasefire with India.', cameo: '196', triggers: ['violate the ceasefire', 'break the ceasefire', 'violate a ceasefire', 'breach the truce', 'violate the truce', 'breach the ceasefire', 'break the truce', 'violate the armistice', 'breach the armistice', 'violate ceasefire', 'breach ceasefire'], pos: 'verb', needsTarget: false },
  // Tried last: a clash with no party named, dated to a day ("The fighting took place on Monday
  // night in the valley", "began last Wednesday with an exchange of fire between border guards").
  { id: 'fight.unnamed-clash', example: 'Kenya accused Somalia, Somalia accused Kenya, Kenya warned Somalia and Somalia warned Kenya. A clash broke out on Monday night.', cameo: '190', triggers: ['exchange of fire', 'exchange of gunfire', 'clash', 'skirmish', 'gunfight', 'fighting', 'shooting', 'gunfire', 'shelling', 'hostility'], pos: 'noun', symmetric: true, pairWhenUnnamed: true },
  // An invasion set going: "mounted its long-threatened invasion of south Lebanon", "launched a
  // ground invasion into Gaza". A bare "the invasion" is background and proposes nothing.
  { id: 'fight.launch-invasion', example: 'Iraq launched its invasion of Kuwait before dawn.', cameo: '190', triggers: ['mount', 'launch', 'begin', 'start', 'order', 'unleash'], pos: 'verb', after: /^\s+(?:\w+day\s+)?(?:its\s+|their\s+|an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?invasion\s+(?:of|into)\b/i },
];
