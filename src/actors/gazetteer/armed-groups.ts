/**
 * Armed and militant groups. `country` is null for a group with no state (CONTRACT.md: then the
 * actor's name is the group's), with the states it operates in; `home` is the country it comes
 * from or claims, when there is one. The Taliban have governed Afghanistan since August 2021, so
 * "the Taliban" resolve to AFG GOV ("the return of the Taliban" is the government in Kabul).
 */
import type { Sector } from '../types.js';

export interface GroupEntry {
  name: string;
  /** Other names as written in news, matched case-sensitively ("TTP", "Ansar Allah"). */
  aliases: readonly string[];
  country: string | null;
  role: Sector;
  operatesIn: readonly string[];
  home: string | null;
}

const g = (name: string, aliases: string[], operatesIn: string[], home: string | null = null, role: Sector = 'REB', country: string | null = null): GroupEntry =>
  ({ name, aliases, country, role, operatesIn, home });

export const ARMED_GROUPS: readonly GroupEntry[] = [
  g('Jaish al-Adl', ['Jaish ul-Adl', 'Jaish-ul-Adl', 'Army of Justice', 'Jundallah'], ['IRN', 'PAK']),
  g('Tehreek-e-Taliban Pakistan', ['TTP', 'Tehrik-i-Taliban Pakistan', 'Tehrik-e-Taliban Pakistan', 'Tehreek-i-Taliban Pakistan', 'Pakistani Taliban'], ['PAK', 'AFG'], 'PAK'),
  g('Baloch Liberation Army', ['BLA', 'Balochistan Liberation Army'], ['PAK', 'AFG', 'IRN'], 'PAK', 'SEP'),
  g('Balochistan Liberation Front', ['BLF', 'Baloch Liberation Front'], ['PAK', 'IRN'], 'PAK', 'SEP'),
  g('Hamas', ['Izz ad-Din al-Qassam Brigades', 'Qassam Brigades', 'al-Qassam Brigades'], ['PSE', 'ISR', 'LBN'], 'PSE'),
  g('Hezbollah', ['Hizbollah', 'Hizbullah', 'Hizballah'], ['LBN', 'SYR'], 'LBN'),
  g('Houthis', ['Houthi', 'Houthi rebels', 'Ansar Allah', 'Ansarallah'], ['YEM'], 'YEM'),
  g('Islamic State', ['ISIS', 'ISIL', 'Daesh', 'Daish', 'Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant'], ['IRQ', 'SYR', 'AFG', 'NGA']),
  g('Islamic State Khorasan Province', ['ISKP', 'ISIS-K', 'IS-K', 'Islamic State Khorasan', 'ISIS-Khorasan'], ['AFG', 'PAK']),
  g('al-Qaeda', ['al-Qaida', 'al Qaeda', 'Al Qaeda', 'Al-Qaeda', 'Al-Qaida', 'AQAP', 'al-Qaeda in the Arabian Peninsula', 'AQIM', 'JNIM'], ['AFG', 'YEM', 'MLI', 'SOM']),
  g('al-Shabab', ['al-Shabaab', 'Al-Shabaab', 'Al-Shabab', 'al Shabab', 'Shabab'], ['SOM', 'KEN'], 'SOM'),
  g('Boko Haram', ['ISWAP', 'Islamic State West Africa Province'], ['NGA', 'NER', 'TCD', 'CMR']),
  g('Taliban', ['Afghan Taliban', 'Islamic Emirate of Afghanistan', 'Islamic Emirate'], ['AFG'], 'AFG', 'GOV', 'AFG'),
  g('PKK', ["Kurdistan Workers' Party", 'Kurdistan Workers Party'], ['TUR', 'IRQ', 'SYR'], 'TUR', 'SEP'),
  g('YPG', ["People's Protection Units"], ['SYR'], 'SYR'),
  g('Syrian Democratic Forces', ['SDF'], ['SYR'], 'SYR'),
  g('Wagner', ['Wagner Group', 'Africa Corps'], ['UKR', 'SYR', 'LBY', 'MLI', 'CAF', 'SDN'], 'RUS', 'UAF'),
  g('M23', ['March 23 Movement', 'Mouvement du 23 mars'], ['COD'], 'COD'),
  g('Rapid Support Forces', ['RSF'], ['SDN'], 'SDN'),
  g('Hayat Tahrir al-Sham', ['HTS', 'Hayat Tahrir al-Sham', 'Tahrir al-Sham', 'Nusra Front', 'al-Nusra Front'], ['SYR'], 'SYR'),
  g('Lashkar-e-Taiba', ['LeT', 'Lashkar-e-Tayyiba', 'Lashkar-e-Toiba', 'The Resistance Front', 'TRF'], ['IND', 'PAK'], 'PAK'),
  g('Jaish-e-Mohammed', ['JeM', 'Jaish-e-Muhammad', 'Jaish-e-Mohammad'], ['IND', 'PAK'], 'PAK'),
  g('Kataib Hezbollah', ["Kata'ib Hezbollah", 'Kataib Hizbollah'], ['IRQ', 'SYR'], 'IRQ'),
  g('Palestinian Islamic Jihad', ['Islamic Jihad', 'PIJ'], ['PSE'], 'PSE'),
  g('National Liberation Army', ['ELN'], ['COL', 'VEN'], 'COL'),
  g('FARC dissidents', ['FARC', 'FARC-EP', 'Central General Staff', 'EMC'], ['COL', 'VEN'], 'COL'),
  g('Polisario Front', ['Polisario', 'POLISARIO'], ['ESH', 'DZA'], 'ESH', 'SEP'),
  g('Arakan Army', [], ['MMR'], 'MMR'),
  g('Al-Aqsa Martyrs Brigades', ["Al-Aqsa Martyrs' Brigades"], ['PSE'], 'PSE'),
  g('Lord\'s Resistance Army', ['LRA'], ['UGA', 'COD', 'CAF', 'SSD']),
  g('Tigray People\'s Liberation Front', ['TPLF'], ['ETH'], 'ETH'),
  g('Fano', [], ['ETH'], 'ETH'),
  g('Popular Mobilization Forces', ['PMF', 'Hashd al-Shaabi', 'Popular Mobilisation Forces'], ['IRQ'], 'IRQ'),
  g('Sindhudesh Revolutionary Army', ['SRA'], ['PAK'], 'PAK', 'SEP'),
  g('Lashkar-e-Jhangvi', ['LeJ'], ['PAK', 'AFG'], 'PAK'),
  g('Haqqani network', ['Haqqani Network'], ['AFG', 'PAK'], 'AFG'),
];
