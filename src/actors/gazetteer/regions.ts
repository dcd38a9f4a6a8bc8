/**
 * Places that are not in the generated admin1/city tables, or that news spells differently:
 * regions (Gaza, Kashmir, Donbas), and spelling variants of provinces. `admin1` is the province
 * as the generated data holds it, so a variant resolves to the same admin1 as the canonical name.
 * A disputed region lists its claimants; `country` is the one that administers most of it.
 */

/** A Ukrainian oblast as news writes it ("Donetsk region", "Donetsk Oblast"); the city keeps the bare name. */
function oblast(stem: string, admin1: string, lat: number, lon: number): RegionEntry[] {
  return [{ names: [`${stem} region`, `${stem} Oblast`, `${stem} oblast`, `${stem} province`], name: admin1, country: 'UKR', admin1, lat, lon, kind: 'admin1' }];
}

export interface RegionEntry {
  /** Names as written, matched case-sensitively after folding diacritics and glued hyphens. */
  names: readonly string[];
  /** Display name. */
  name: string;
  country: string;
  admin1: string | null;
  lat: number;
  lon: number;
  kind: 'admin1' | 'region' | 'city';
  disputed?: readonly string[];
}

export const REGIONS: readonly RegionEntry[] = [
  { names: ['Balochistan', 'Baluchistan', 'Baluchestan', 'Beluchistan'], name: 'Balochistan', country: 'PAK', admin1: 'Balochistan', lat: 28.49, lon: 65.1, kind: 'admin1' },
  { names: ['Sistan and Baluchestan', 'Sistan and Balochistan', 'Sistan and Baluchistan', 'Sistan Baluchestan', 'Sistan Balochistan', 'Sistan Baluchistan', 'Sistan va Baluchestan', 'Sistan o Baluchestan', 'Sistan-Baluchestan'], name: 'Sistan and Baluchestan', country: 'IRN', admin1: 'Sistan and Baluchestan', lat: 27.53, lon: 60.58, kind: 'admin1' },
  { names: ['Khyber Pakhtunkhwa', 'KP', 'KPK', 'Khyber-Pakhtunkhwa'], name: 'Khyber Pakhtunkhwa', country: 'PAK', admin1: 'Khyber Pakhtunkhwa', lat: 34.95, lon: 72.33, kind: 'admin1' },
  { names: ['FATA', 'tribal areas', 'Federally Administered Tribal Areas'], name: 'Federally Administered Tribal Areas', country: 'PAK', admin1: 'Federally Administered Tribal Areas', lat: 32.67, lon: 69.86, kind: 'admin1' },
  { names: ['North Waziristan', 'South Waziristan', 'Waziristan'], name: 'Waziristan', country: 'PAK', admin1: 'Khyber Pakhtunkhwa', lat: 32.6, lon: 69.9, kind: 'region' },
  { names: ['Gaza', 'Gaza Strip'], name: 'Gaza', country: 'PSE', admin1: 'Gaza Strip', lat: 31.42, lon: 34.35, kind: 'region' },
  { names: ['Gaza City'], name: 'Gaza City', country: 'PSE', admin1: 'Gaza Strip', lat: 31.5, lon: 34.47, kind: 'city' },
  { names: ['Khan Younis', 'Khan Yunis'], name: 'Khan Yunis', country: 'PSE', admin1: 'Gaza Strip', lat: 31.34, lon: 34.31, kind: 'city' },
  { names: ['Mazar-i-Sharif', 'Mazar-e-Sharif', 'Mazar-e Sharif'], name: 'Mazar-e Sharif', country: 'AFG', admin1: 'Balkh', lat: 36.71, lon: 67.11, kind: 'city' },
  { names: ['Line of Control', 'LoC'], name: 'Line of Control', country: 'IND', admin1: 'Jammu and Kashmir', lat: 34.0, lon: 74.0, kind: 'region', disputed: ['IND', 'PAK'] },
  { names: ['West Bank'], name: 'West Bank', country: 'PSE', admin1: 'West Bank', lat: 31.95, lon: 35.3, kind: 'region' },
  { names: ['Kashmir', 'Jammu and Kashmir'], name: 'Kashmir', country: 'IND', admin1: 'Jammu and Kashmir', lat: 34.08, lon: 74.8, kind: 'region', disputed: ['IND', 'PAK', 'CHN'] },
  { names: ['Azad Kashmir', 'Pakistan-administered Kashmir', 'Azad Jammu and Kashmir'], name: 'Azad Kashmir', country: 'PAK', admin1: 'Azad Kashmir', lat: 33.93, lon: 73.78, kind: 'admin1', disputed: ['IND', 'PAK'] },
  { names: ['Ladakh'], name: 'Ladakh', country: 'IND', admin1: 'Ladakh', lat: 34.15, lon: 77.58, kind: 'admin1', disputed: ['IND', 'CHN'] },
  { names: ['Donbas', 'Donbass'], name: 'Donbas', country: 'UKR', admin1: null, lat: 48.0, lon: 38.5, kind: 'region' },
  { names: ['Crimea', 'Crimean Peninsula'], name: 'Crimea', country: 'UKR', admin1: 'Autonomous Republic of Crimea', lat: 45.3, lon: 34.4, kind: 'region', disputed: ['UKR', 'RUS'] },
  { names: ['Golan Heights', 'Golan'], name: 'Golan Heights', country: 'SYR', admin1: null, lat: 33.0, lon: 35.75, kind: 'region', disputed: ['SYR', 'ISR'] },
  { names: ['Nagorno-Karabakh', 'Karabakh', 'Nagorno Karabakh'], name: 'Nagorno-Karabakh', country: 'AZE', admin1: null, lat: 39.82, lon: 46.75, kind: 'region' },
  { names: ['Darfur'], name: 'Darfur', country: 'SDN', admin1: null, lat: 13.5, lon: 24.0, kind: 'region' },
  { names: ['Sinai', 'Sinai Peninsula'], name: 'Sinai', country: 'EGY', admin1: null, lat: 29.5, lon: 33.8, kind: 'region' },
  { names: ['Tigray'], name: 'Tigray', country: 'ETH', admin1: 'Tigray Region', lat: 14.03, lon: 38.32, kind: 'admin1' },
  { names: ['Iraqi Kurdistan', 'Kurdistan Region'], name: 'Kurdistan Region', country: 'IRQ', admin1: 'Kurdistan Region', lat: 36.4, lon: 44.4, kind: 'region' },
  { names: ['South Lebanon', 'southern Lebanon'], name: 'South Lebanon', country: 'LBN', admin1: 'South Governorate', lat: 33.27, lon: 35.4, kind: 'region' },
  { names: ['Xinjiang'], name: 'Xinjiang', country: 'CHN', admin1: 'Xinjiang', lat: 41.1, lon: 85.2, kind: 'admin1' },
  { names: ['Tibet'], name: 'Tibet', country: 'CHN', admin1: 'Tibet', lat: 31.7, lon: 88.1, kind: 'admin1' },
  ...oblast('Donetsk', 'Donetska oblast', 48.02, 37.8),
  ...oblast('Luhansk', 'Luhanska oblast', 48.57, 39.31),
  ...oblast('Zaporizhzhia', 'Zaporizka oblast', 47.84, 35.14),
  ...oblast('Kherson', 'Khersonska oblast', 46.64, 32.61),
  ...oblast('Kharkiv', 'Kharkivska oblast', 49.99, 36.23),
  ...oblast('Kyiv', 'Kyivska oblast', 50.05, 30.77),
  ...oblast('Odesa', 'Odeska oblast', 46.48, 30.72),
  ...oblast('Sumy', 'Sumska oblast', 50.91, 34.8),
  ...oblast('Mykolaiv', 'Mykolaivska oblast', 46.97, 31.99),
  ...oblast('Dnipropetrovsk', 'Dnipropetrovska oblast', 48.46, 35.04),
  { names: ['Kursk region', 'Kursk Oblast', 'Kursk oblast'], name: 'Kursk Oblast', country: 'RUS', admin1: 'Kursk Oblast', lat: 51.73, lon: 36.19, kind: 'admin1' },
  { names: ['Belgorod region', 'Belgorod Oblast', 'Belgorod oblast'], name: 'Belgorod Oblast', country: 'RUS', admin1: 'Belgorod Oblast', lat: 50.6, lon: 36.6, kind: 'admin1' },
  { names: ['Western Sahara'], name: 'Western Sahara', country: 'ESH', admin1: null, lat: 24.5, lon: -13.0, kind: 'region', disputed: ['MAR', 'ESH'] },
];

/**
 * A region spelled as another country's province: "Balochistan" in Iran is the Iranian part of
 * historical Balochistan, i.e. the province of Sistan and Baluchestan. Used by `placeIn`.
 */
export const REGION_IN_COUNTRY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Balochistan: { IRN: 'Sistan and Baluchestan', AFG: 'Nimruz' },
  Kashmir: { PAK: 'Azad Kashmir', IND: 'Jammu and Kashmir' },
  Punjab: {},
};

/** First-level division names that are ordinary words and must not be matched alone. */
export const ADMIN1_EXCLUDED: ReadonlySet<string> = new Set([
  'Central', 'Eastern', 'Western', 'Northern', 'Southern', 'North', 'South', 'East', 'West', 'Capital', 'Centre',
  'Center', 'Coast', 'Lakes', 'Upper', 'Lower', 'Islands', 'Delta', 'Plateau', 'Lagoons', 'Valley', 'Mountain',
  'Northwest', 'Northeast', 'Southwest', 'Southeast', 'Littoral', 'Borno', 'Ash', 'Central Region', 'Orange',
  'Washington', 'Georgia', 'Victoria', 'Queensland', 'Alabama', 'Maine', 'Nebraska', 'Ohio', 'Indiana', 'Jersey',
  'Mayotte', 'Kabul', 'Tehran', 'Herat', 'Kandahar', 'Baghdad', 'Damascus', 'Amman', 'Beirut', 'Sanaa',
  'Kyiv', 'Gaza', 'Khan Yunis', 'Rafah', 'Hebron', 'Jenin', 'Nablus', 'Bethlehem', 'Ramallah', 'Jerusalem',
  'Aden', 'Kurdistan', 'Balochistan', 'Sistan and Baluchestan', 'Khyber Pakhtunkhwa', 'Azad Kashmir',
  'Jammu and Kashmir', 'Ladakh', 'Tigray Region', 'Xinjiang', 'Tibet', 'Federally Administered Tribal Areas',
  'Chad', 'Jordan', 'Guinea', 'Niger', 'Congo', 'Mexico', 'Panama', 'Djibouti', 'Kuwait', 'Singapore', 'Monaco',
  'Luxembourg', 'Lebanon', 'Mali', 'Peru', 'Wales', 'Scotland', 'England', 'Saint', 'La Paz', 'Sucre',
  // English words and given names that are also some country's division.
  'Red Sea', 'Gulf', 'Bay', 'Mountain', 'Reading', 'Bury', 'Free', 'Mary', 'Paul', 'Clare', 'Nelson', 'Aurora', 'Isabela',
  'Antique', 'Laguna', 'Unity', 'Rivers', 'Maritime', 'Centrale', 'Savanes', 'Cascades', 'Montagnes', 'Insular',
  'Litoral', 'Highland', 'Newport', 'Bedford', 'Bolton', 'Aberdeen', 'Toledo', 'Kent', 'Angus', 'Moray', 'Cork',
  'Kerry', 'Mayo', 'Ulster', 'Batman', 'Balkan', 'Kara', 'Para', 'Bari', 'Nord', 'Ouest', 'Sud', 'Norte', 'Sul',
  'Est', 'Most', 'Tabor', 'Ogre', 'Sala', 'Fontana', 'Pembroke', 'Granada', 'Valencia', 'Santiago', 'Trinity',
  'Madison', 'Jackson', 'Lincoln', 'Independence', 'Liberty', 'Union', 'Carolina', 'Alberta',
  'Montana', 'Ontario', 'Nevada', 'Plaisance', 'Cascade', 'Glacis', 'Arima', 'Mopti', 'Dorset', 'Essex',
  'Salamanca', 'Chaco', 'Formosa', 'Santander', 'Cesar', 'Meta', 'Magdalena', 'Huila', 'Guerrero',
  'Hidalgo', 'Morelos', 'Colima', 'Durango', 'Trujillo', 'Miranda', 'Lara', 'Herrera', 'Rizal', 'Quezon',
  'Cotabato', 'Sinoe', 'Bomi', 'Bong', 'Lofa', 'Nimba', 'Delaware', 'Maryland', 'Indiana', 'Sheffield',
]);

/**
 * Countries whose first-level table in country-state-city lists municipalities or counties by the
 * hundred: their single-word division names are too often ordinary words to match alone.
 */
export const ADMIN1_NOISY_COUNTRIES: ReadonlySet<string> = new Set(['SVN', 'LVA', 'GBR', 'UGA', 'MLT', 'MKD', 'LTU', 'CZE', 'ITA', 'FRA', 'MAR', 'AZE', 'BGD', 'PHL']);
