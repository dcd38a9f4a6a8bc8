/**
 * Our own names and demonyms for countries, beyond world-countries' common/official names,
 * alternative spellings and English demonym. One country per line; the key is ISO3.
 */

/** Extra names ("U.S.", "Britain", "Turkey"). Bare "Congo" means DR Congo in conflict news. */
export const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  USA: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States of America'],
  GBR: ['Britain', 'Great Britain', 'U.K.', 'UK'],
  TUR: ['Turkey', 'Turkiye'],
  COD: ['Congo', 'DRC', 'Democratic Republic of Congo', 'DR Congo', 'Congo-Kinshasa'],
  COG: ['Congo-Brazzaville', 'Congo Republic'],
  CZE: ['Czech Republic'],
  MMR: ['Burma'],
  PRK: ['DPRK'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  VAT: ['Holy See', 'Vatican'],
  PSE: ['Palestinian Territories', 'Occupied Palestinian Territories'],
  MKD: ['Macedonia'],
  TLS: ['East Timor'],
  CIV: ["Cote d'Ivoire"],
  IRN: ['Islamic Republic'],
  SYR: ['Syrian Arab Republic'],
  LAO: ['Laos'],
  VNM: ['Vietnam', 'Viet Nam'],
  BIH: ['Bosnia'],
  SAU: ['Saudi Arabia', 'the Kingdom of Saudi Arabia'],
  CHN: ['PRC', "People's Republic of China", 'Mainland China'],
  KOR: ['ROK'],
  KGZ: ['Kirghizia'],
};

/** Extra adjective forms ("Afghan", "Emirati", "U.S." as in "U.S. officials"). */
export const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  USA: ['American', 'U.S.', 'US'],
  GBR: ['British', 'UK', 'U.K.'],
  AFG: ['Afghan', 'Afghani'],
  ARE: ['Emirati'],
  SAU: ['Saudi'],
  TUR: ['Turkish'],
  IRN: ['Iranian', 'Persian'],
  PAK: ['Pakistani'],
  IND: ['Indian'],
  CHN: ['Chinese'],
  RUS: ['Russian'],
  UKR: ['Ukrainian'],
  ISR: ['Israeli'],
  PSE: ['Palestinian'],
  SYR: ['Syrian'],
  IRQ: ['Iraqi'],
  YEM: ['Yemeni'],
  LBN: ['Lebanese'],
  COD: ['Congolese'],
  DOM: ['Dominican'],
  FRA: ['French'],
  NLD: ['Dutch'],
  PHL: ['Philippine', 'Filipino'],
  KOR: ['South Korean'],
  PRK: ['North Korean'],
  BGD: ['Bangladeshi'],
  AZE: ['Azerbaijani', 'Azeri'],
  QAT: ['Qatari'],
  EGY: ['Egyptian'],
  SDN: ['Sudanese'],
  SSD: ['South Sudanese'],
  VEN: ['Venezuelan'],
  TWN: ['Taiwanese'],
  GEO: ['Georgian'],
  ARM: ['Armenian'],
  BLR: ['Belarusian'],
  NGA: ['Nigerian'],
  NER: ['Nigerien'],
  KGZ: ['Kyrgyz'],
  KAZ: ['Kazakh'],
  SVK: ['Slovak'],
  LKA: ['Sri Lankan'],
  BIH: ['Bosnian'],
  CHE: ['Swiss'],
};

/** Names a country by a word that world-countries assigns to several: the sovereign state wins, or this. */
export const DEMONYM_OWNER: Readonly<Record<string, string>> = {
  Congolese: 'COD',
  Dominican: 'DOM',
  Indian: 'IND',
  American: 'USA',
  French: 'FRA',
  Dutch: 'NLD',
  Norwegian: 'NOR',
};

/**
 * Capitals that must not stand for a government: common words or names shared with other places
 * ("Male", "Victoria", "Kingston"). Also alternative names of capitals ("Kiev", "Delhi").
 */
export const CAPITAL_EXCLUDED: readonly string[] = [
  'Male', 'Victoria', 'Kingston', 'Georgetown', 'Hamilton', 'Saint John\'s', 'Castries', 'Roseau',
  'Stanley', 'Douglas', 'Jamestown', 'Plymouth', 'The Valley', 'Road Town', 'George Town', 'Praia',
  'Apia', 'Palikir', 'Majuro', 'Funafuti', 'South Tarawa', 'City of Victoria', 'Avarua', 'Alofi',
  'Kingstown', 'Basseterre', 'Nassau', 'Bridgetown', 'Belmopan', 'Honiara', 'Port Louis',
  'San Marino', 'Monaco', 'Vatican City', 'Luxembourg', 'Singapore', 'Kuwait City', 'Djibouti',
  'Mexico City', 'Panama City', 'Guatemala City', 'Andorra la Vella', 'Lobamba',
];

export const CAPITAL_ALIASES: Readonly<Record<string, readonly string[]>> = {
  UKR: ['Kiev'],
  IND: ['Delhi', 'New Delhi'],
  USA: ['Washington', 'Washington, D.C.', 'Washington D.C.'],
  CHN: ['Peking'],
  MMR: ['Naypyitaw', 'Nay Pyi Taw'],
  YEM: ["Sana'a", 'Sanaa'],
  KAZ: ['Astana'],
  TUR: ['Ankara'],
  CIV: ['Abidjan', 'Yamoussoukro'],
  PSE: ['Ramallah'],
  ISR: ['Jerusalem'],
  BOL: ['La Paz', 'Sucre'],
  ZAF: ['Pretoria'],
  TWN: ['Taipei'],
  UNK: ['Pristina'],
};
