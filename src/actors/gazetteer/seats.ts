/**
 * Seats of government and other buildings that news uses for an institution
 * ("the Kremlin said" = the Russian government). Matched as written, with "the" optional.
 */
import type { Sector } from '../types.js';

export interface SeatEntry {
  /** e.g. "Kremlin" matches "the Kremlin". */
  name: string;
  country: string;
  role: Sector;
}

export const SEATS: readonly SeatEntry[] = [
  { name: 'Kremlin', country: 'RUS', role: 'GOV' },
  { name: 'White House', country: 'USA', role: 'GOV' },
  { name: 'State Department', country: 'USA', role: 'GOV' },
  { name: 'Pentagon', country: 'USA', role: 'MIL' },
  { name: 'Capitol Hill', country: 'USA', role: 'LEG' },
  { name: 'Downing Street', country: 'GBR', role: 'GOV' },
  { name: 'Whitehall', country: 'GBR', role: 'GOV' },
  { name: 'Elysee', country: 'FRA', role: 'GOV' },
  { name: 'Elysee Palace', country: 'FRA', role: 'GOV' },
  { name: "Quai d'Orsay", country: 'FRA', role: 'GOV' },
  { name: 'Zhongnanhai', country: 'CHN', role: 'GOV' },
  { name: 'Blue House', country: 'KOR', role: 'GOV' },
  { name: 'Knesset', country: 'ISR', role: 'LEG' },
  { name: 'Majlis', country: 'IRN', role: 'LEG' },
  { name: 'GHQ', country: 'PAK', role: 'MIL' },
  { name: 'Bundestag', country: 'DEU', role: 'LEG' },
  { name: 'Duma', country: 'RUS', role: 'LEG' },
  { name: 'State Duma', country: 'RUS', role: 'LEG' },
  { name: 'IRGC', country: 'IRN', role: 'MIL' },
  { name: 'Islamic Revolutionary Guard Corps', country: 'IRN', role: 'MIL' },
  { name: 'Revolutionary Guards', country: 'IRN', role: 'MIL' },
  { name: 'Revolutionary Guard', country: 'IRN', role: 'MIL' },
  { name: 'IDF', country: 'ISR', role: 'MIL' },
  { name: 'Israel Defense Forces', country: 'ISR', role: 'MIL' },
  { name: 'Inter-Services Intelligence', country: 'PAK', role: 'SPY' },
  { name: 'ISI', country: 'PAK', role: 'SPY' },
  { name: 'ISPR', country: 'PAK', role: 'MIL' },
  { name: 'Inter-Services Public Relations', country: 'PAK', role: 'MIL' },
  { name: 'Frontier Corps', country: 'PAK', role: 'MIL' },
  { name: 'IRNA', country: 'IRN', role: 'MED' },
  { name: 'Xinhua', country: 'CHN', role: 'MED' },
  { name: 'TASS', country: 'RUS', role: 'MED' },
  { name: 'Mossad', country: 'ISR', role: 'SPY' },
  { name: 'CIA', country: 'USA', role: 'SPY' },
  { name: 'FSB', country: 'RUS', role: 'SPY' },
  { name: 'People\'s Liberation Army', country: 'CHN', role: 'MIL' },
  { name: 'PLA', country: 'CHN', role: 'MIL' },
  { name: 'Quds Force', country: 'IRN', role: 'MIL' },
  { name: 'Basij', country: 'IRN', role: 'MIL' },
  { name: 'Foggy Bottom', country: 'USA', role: 'GOV' },
  // An American administration named by its president, when the surname alone is not listed
  // (known-people.ts): "the Bush administration declared".
  { name: 'Bush administration', country: 'USA', role: 'GOV' },
  { name: 'Clinton administration', country: 'USA', role: 'GOV' },
  { name: 'Reagan administration', country: 'USA', role: 'GOV' },
  { name: 'Carter administration', country: 'USA', role: 'GOV' },
  { name: 'Nixon administration', country: 'USA', role: 'GOV' },
  { name: 'Bundeswehr', country: 'DEU', role: 'MIL' },
  { name: 'Shin Bet', country: 'ISR', role: 'SPY' },
  { name: 'SBU', country: 'UKR', role: 'SPY' },
  { name: 'GUR', country: 'UKR', role: 'SPY' },
  { name: 'KCNA', country: 'PRK', role: 'MED' },
  { name: 'Korean Central News Agency', country: 'PRK', role: 'MED' },
  { name: 'Yonhap', country: 'KOR', role: 'MED' },
  { name: 'RIA Novosti', country: 'RUS', role: 'MED' },
  { name: 'Global Times', country: 'CHN', role: 'MED' },
  { name: 'Tasnim', country: 'IRN', role: 'MED' },
  { name: 'Fars', country: 'IRN', role: 'MED' },
  { name: 'SANA', country: 'SYR', role: 'MED' },
  { name: 'Anadolu', country: 'TUR', role: 'MED' },
  { name: 'Ukrinform', country: 'UKR', role: 'MED' },

  // Armed services and agencies named without their state ("Royal Marines boarded the tanker").
  { name: 'Royal Navy', country: 'GBR', role: 'MIL' },
  { name: 'Royal Marines', country: 'GBR', role: 'MIL' },
  { name: 'Royal Air Force', country: 'GBR', role: 'MIL' },
  { name: "Korean People's Army", country: 'PRK', role: 'MIL' },
  { name: 'KPA', country: 'PRK', role: 'MIL' },
  { name: 'Self-Defense Forces', country: 'JPN', role: 'MIL' },
  { name: 'Maritime Self-Defense Force', country: 'JPN', role: 'MIL' },
  { name: 'Tatmadaw', country: 'MMR', role: 'MIL' },
  { name: 'Rosselkhoznadzor', country: 'RUS', role: 'GOV' },

  { name: 'Malacanang', country: 'PHL', role: 'GOV' },
  { name: 'Miraflores', country: 'VEN', role: 'GOV' },
  { name: 'Miraflores Palace', country: 'VEN', role: 'GOV' },
  { name: 'Rashtrapati Bhavan', country: 'IND', role: 'GOV' },
  { name: 'South Block', country: 'IND', role: 'GOV' },
  { name: 'Bankova', country: 'UKR', role: 'GOV' },
  { name: 'Aso Rock', country: 'NGA', role: 'GOV' },
  { name: 'Villa Somalia', country: 'SOM', role: 'GOV' },
];
