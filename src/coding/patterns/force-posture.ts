/** CAMEO 15, exhibit force posture: alert, mobilisation, troop build-up. */
import type { EventPattern } from '../pattern-types.js';

export const FORCE_POSTURE_PATTERNS: readonly EventPattern[] = [
  { id: 'posture.mobilize', example: 'Venezuela massed troops on the border with Guyana.', cameo: '154', triggers: ['mass troop', 'mobilize', 'mobilise', 'deploy troop', 'deploy force', 'build up troop', 'send troop'], pos: 'verb' },
  { id: 'posture.alert', example: 'Taiwan put its forces on high alert after Chinese drills.', cameo: '152', triggers: ['high alert', 'heighten alert', 'raise alert'], pos: 'noun', needsTarget: false },
  { id: 'posture.drills', example: 'China staged military drills around Taiwan.', cameo: '150', triggers: ['military drill', 'war game', 'live-fire drill', 'naval drill'], pos: 'noun' },
];
