/**
 * ISO 3166-1 alpha-3 → FIPS 10-4 country codes. GDELT 2.0 writes FIPS 10-4 in the *Geo_CountryCode
 * and *Geo_ADM1Code columns (e.g. Pakistan "PK", Iran "IR", but Germany "GM", China "CH"), while
 * Actor*CountryCode holds CAMEO (ISO3-like) codes. Tools that read GDELT expect FIPS there, so the
 * export writes FIPS and the import maps it back. Countries missing here export their ISO alpha-2
 * code instead (documented gap); the import then finds them through ISO alpha-2.
 *
 * Source of the facts: the FIPS 10-4 standard (withdrawn 2008, still used by GDELT).
 */
export const ISO3_TO_FIPS: Readonly<Record<string, string>> = {
  AFG: 'AF', ALB: 'AL', DZA: 'AG', AND: 'AN', AGO: 'AO', ATG: 'AC', ARG: 'AR', ARM: 'AM', AUS: 'AS',
  AUT: 'AU', AZE: 'AJ', BHS: 'BF', BHR: 'BA', BGD: 'BG', BRB: 'BB', BLR: 'BO', BEL: 'BE', BLZ: 'BH',
  BEN: 'BN', BTN: 'BT', BOL: 'BL', BIH: 'BK', BWA: 'BC', BRA: 'BR', BRN: 'BX', BGR: 'BU', BFA: 'UV',
  BDI: 'BY', KHM: 'CB', CMR: 'CM', CAN: 'CA', CPV: 'CV', CAF: 'CT', TCD: 'CD', CHL: 'CI', CHN: 'CH',
  COL: 'CO', COM: 'CN', COG: 'CF', COD: 'CG', CRI: 'CS', CIV: 'IV', HRV: 'HR', CUB: 'CU', CYP: 'CY',
  CZE: 'EZ', DNK: 'DA', DJI: 'DJ', DMA: 'DO', DOM: 'DR', ECU: 'EC', EGY: 'EG', SLV: 'ES', GNQ: 'EK',
  ERI: 'ER', EST: 'EN', SWZ: 'WZ', ETH: 'ET', FJI: 'FJ', FIN: 'FI', FRA: 'FR', GAB: 'GB', GMB: 'GA',
  GEO: 'GG', DEU: 'GM', GHA: 'GH', GRC: 'GR', GRD: 'GJ', GTM: 'GT', GIN: 'GV', GNB: 'PU', GUY: 'GY',
  HTI: 'HA', HND: 'HO', HUN: 'HU', ISL: 'IC', IND: 'IN', IDN: 'ID', IRN: 'IR', IRQ: 'IZ', IRL: 'EI',
  ISR: 'IS', ITA: 'IT', JAM: 'JM', JPN: 'JA', JOR: 'JO', KAZ: 'KZ', KEN: 'KE', KIR: 'KR', PRK: 'KN',
  KOR: 'KS', KWT: 'KU', KGZ: 'KG', LAO: 'LA', LVA: 'LG', LBN: 'LE', LSO: 'LT', LBR: 'LI', LBY: 'LY',
  LIE: 'LS', LTU: 'LH', LUX: 'LU', MDG: 'MA', MWI: 'MI', MYS: 'MY', MDV: 'MV', MLI: 'ML', MLT: 'MT',
  MHL: 'RM', MRT: 'MR', MUS: 'MP', MEX: 'MX', FSM: 'FM', MDA: 'MD', MCO: 'MN', MNG: 'MG', MNE: 'MJ',
  MAR: 'MO', MOZ: 'MZ', MMR: 'BM', NAM: 'WA', NRU: 'NR', NPL: 'NP', NLD: 'NL', NZL: 'NZ', NIC: 'NU',
  NER: 'NG', NGA: 'NI', MKD: 'MK', NOR: 'NO', OMN: 'MU', PAK: 'PK', PLW: 'PS', PAN: 'PM', PNG: 'PP',
  PRY: 'PA', PER: 'PE', PHL: 'RP', POL: 'PL', PRT: 'PO', QAT: 'QA', ROU: 'RO', RUS: 'RS', RWA: 'RW',
  KNA: 'SC', LCA: 'ST', VCT: 'VC', WSM: 'WS', SMR: 'SM', STP: 'TP', SAU: 'SA', SEN: 'SG', SRB: 'RI',
  SYC: 'SE', SLE: 'SL', SGP: 'SN', SVK: 'LO', SVN: 'SI', SLB: 'BP', SOM: 'SO', ZAF: 'SF', SSD: 'OD',
  ESP: 'SP', LKA: 'CE', SDN: 'SU', SUR: 'NS', SWE: 'SW', CHE: 'SZ', SYR: 'SY', TWN: 'TW', TJK: 'TI',
  TZA: 'TZ', THA: 'TH', TLS: 'TT', TGO: 'TO', TON: 'TN', TTO: 'TD', TUN: 'TS', TUR: 'TU', TKM: 'TX',
  TUV: 'TV', UGA: 'UG', UKR: 'UP', ARE: 'AE', GBR: 'UK', USA: 'US', URY: 'UY', UZB: 'UZ', VUT: 'NH',
  VAT: 'VT', VEN: 'VE', VNM: 'VM', YEM: 'YM', ZMB: 'ZA', ZWE: 'ZI', PSE: 'WE', ESH: 'WI', HKG: 'HK',
  MAC: 'MC', PRI: 'RQ', GRL: 'GL', XKX: 'KV', UNK: 'KV', CUW: 'UC', ABW: 'AA', BMU: 'BD', CYM: 'CJ',
  GUM: 'GQ', NCL: 'NC', PYF: 'FP', REU: 'RE', GLP: 'GP', MTQ: 'MB', GUF: 'FG', FRO: 'FO', GIB: 'GI',
  VGB: 'VI', VIR: 'VQ', JEY: 'JE', GGY: 'GK', IMN: 'IM', ASM: 'AQ', CCK: 'CK', CXR: 'KT',
};

const FIPS_TO_ISO3 = new Map<string, string>();
for (const [iso3, fips] of Object.entries(ISO3_TO_FIPS)) if (!FIPS_TO_ISO3.has(fips)) FIPS_TO_ISO3.set(fips, iso3);
// The Gaza Strip has its own FIPS code; GDELT uses it for places there.
FIPS_TO_ISO3.set('GZ', 'PSE');

/** FIPS 10-4 code of an ISO3 country, or null when this table does not know it. */
export function fipsOf(iso3: string): string | null {
  return ISO3_TO_FIPS[iso3] ?? null;
}

/** ISO3 of a FIPS 10-4 code, or null. */
export function iso3OfFips(fips: string): string | null {
  return FIPS_TO_ISO3.get(fips) ?? null;
}
