/** CAMEO 09, investigate. */
import type { EventPattern } from '../pattern-types.js';

export const INVESTIGATE_PATTERNS: readonly EventPattern[] = [
  // Crimes investigated, often at home, so no target is needed: "Croatia is investigating alleged war
  // crimes by its own soldiers" (094), "opened an inquiry into human rights abuses" (092).
  { id: 'investigate.war-crimes', example: 'Serbia is investigating alleged war crimes by Serbian police in Kosovo.', cameo: '094', triggers: ['investigate', 'probe', 'look into'], pos: 'verb', needsTarget: false, after: /^\s+(?:the\s+)?(?:alleged\s+|suspected\s+|reported\s+)?(?:war\s+crimes|atrocities|massacres?|genocide|crimes\s+against\s+humanity|ethnic\s+cleansing)\b/i },
  { id: 'investigate.rights-abuses', example: 'Kenya is investigating alleged abuses by its police against Somali refugees.', cameo: '092', triggers: ['investigate', 'probe', 'look into'], pos: 'verb', needsTarget: false, after: /^\s+(?:the\s+)?(?:alleged\s+|suspected\s+|reported\s+)?(?:human\s+rights\s+)?(?:abuses|violations\s+of\s+human\s+rights|torture|extrajudicial\s+killings|disappearances)\b/i },
  { id: 'investigate.probe', example: 'Ukraine opened an investigation into the Russian strike on Kharkiv.', cameo: '093', triggers: ['open an investigation into', 'launch an investigation into', 'launch a probe into', 'investigate'], pos: 'verb' },
  // The inquiry with modifiers or as a noun after a light verb: "opened fraud investigations
  // against", "launched a full inquiry into", "ordered a probe into".
  { id: 'investigate.open-inquiry', example: 'Colombia opened a criminal investigation into the Venezuelan incursion.', cameo: '090', triggers: ['open', 'launch', 'begin', 'start', 'order', 'announce', 'set up', 'complete', 'conduct'], pos: 'verb', after: /^\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:investigations?|inquiry|inquiries|enquiry|probes?)\s+(?:into|of|against)\b/i },
  { id: 'investigate.send-inspectors', example: 'The IAEA sent inspectors to Iran.', cameo: '090', triggers: ['send', 'dispatch', 'deploy'], pos: 'verb', after: /^\s+(?:a\s+team\s+of\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:inspectors|investigators|fact-finding\s+(?:mission|team))\b/i },
];
