/**
 * Leaders news names by surname alone ("Putin said", "Modi's visit"), with the office they are
 * best known for. Dated by nature: a person keeps their country after leaving office, so the
 * country stays right even when the office is old. Aliases are matched case-sensitively; only
 * surnames that are unambiguous in world news are listed.
 */
import type { Sector } from '../types.js';
import { PEOPLE } from './data/people.js';

export interface KnownPerson {
  name: string;
  /** Other ways news writes the name; surnames only when unambiguous in world news. */
  aliases: readonly string[];
  /** ISO3, or null for an international official or the leader of an unrecognised entity. */
  country: string | null;
  role: Sector;
  office: string;
  /** Years of the office named, when known (data/people.ts); to null = still in office. */
  from?: number;
  to?: number | null;
}

const p = (name: string, aliases: string[], country: string, office: string, role: Sector = 'GOV'): KnownPerson => ({ name, aliases, country, role, office });

const CORE: readonly KnownPerson[] = [
  p('Vladimir Putin', ['Putin'], 'RUS', 'president'),
  p('Sergei Lavrov', ['Lavrov', 'Sergey Lavrov'], 'RUS', 'foreign minister'),
  p('Volodymyr Zelensky', ['Zelensky', 'Zelenskyy', 'Volodymyr Zelenskyy'], 'UKR', 'president'),
  p('Dmytro Kuleba', ['Kuleba'], 'UKR', 'foreign minister'),
  p('Xi Jinping', ['Xi'], 'CHN', 'president'),
  p('Wang Yi', [], 'CHN', 'foreign minister'),
  p('Narendra Modi', ['Modi'], 'IND', 'prime minister'),
  p('Subrahmanyam Jaishankar', ['Jaishankar', 'S. Jaishankar'], 'IND', 'external affairs minister'),
  p('Rajnath Singh', [], 'IND', 'defence minister'),
  p('Shehbaz Sharif', [], 'PAK', 'prime minister'),
  p('Nawaz Sharif', [], 'PAK', 'former prime minister'),
  p('Imran Khan', [], 'PAK', 'former prime minister', 'OPP'),
  p('Asim Munir', ['General Asim Munir'], 'PAK', 'army chief', 'MIL'),
  p('Ishaq Dar', [], 'PAK', 'foreign minister'),
  p('Anwaar-ul-Haq Kakar', ['Anwaarul-Haq-Kakar', 'Anwaar ul Haq Kakar', 'Anwarul Haq Kakar'], 'PAK', 'caretaker prime minister'),
  p('Jalil Abbas Jilani', ['Jilani'], 'PAK', 'caretaker foreign minister'),
  p('Asif Ali Zardari', ['Zardari'], 'PAK', 'president'),
  p('Ali Khamenei', ['Khamenei', 'Ayatollah Ali Khamenei', 'Ayatollah Khamenei'], 'IRN', 'supreme leader'),
  p('Ebrahim Raisi', ['Raisi'], 'IRN', 'president'),
  p('Masoud Pezeshkian', ['Pezeshkian'], 'IRN', 'president'),
  p('Hossein Amir-Abdollahian', ['Hossein Amir Abdollahian', 'Amir-Abdollahian', 'Amir Abdollahian', 'Abdollahian'], 'IRN', 'foreign minister'),
  p('Abbas Araghchi', ['Araghchi'], 'IRN', 'foreign minister'),
  p('Benjamin Netanyahu', ['Netanyahu'], 'ISR', 'prime minister'),
  p('Yoav Gallant', [], 'ISR', 'defence minister'),
  p('Israel Katz', [], 'ISR', 'defence minister'),
  p('Joe Biden', ['Biden'], 'USA', 'president'),
  p('Donald Trump', ['Trump'], 'USA', 'president'),
  p('Antony Blinken', ['Blinken'], 'USA', 'secretary of state'),
  p('Marco Rubio', ['Rubio'], 'USA', 'secretary of state'),
  p('Emmanuel Macron', ['Macron'], 'FRA', 'president'),
  p('Olaf Scholz', ['Scholz'], 'DEU', 'chancellor'),
  p('Friedrich Merz', ['Merz'], 'DEU', 'chancellor'),
  p('Keir Starmer', ['Starmer'], 'GBR', 'prime minister'),
  p('Rishi Sunak', ['Sunak'], 'GBR', 'prime minister'),
  p('Recep Tayyip Erdogan', ['Erdogan', 'Tayyip Erdogan'], 'TUR', 'president'),
  p('Hakan Fidan', ['Fidan'], 'TUR', 'foreign minister'),
  p('Kim Jong Un', ['Kim Jong-un', 'Kim Jong-Un'], 'PRK', 'leader'),
  p('Bashar al-Assad', ['Assad', 'Bashar Assad'], 'SYR', 'president'),
  p('Ahmed al-Sharaa', ['al-Sharaa', 'Sharaa'], 'SYR', 'president'),
  p('Abdel Fattah el-Sisi', ['Sisi', 'el-Sisi', 'al-Sisi'], 'EGY', 'president'),
  p('Mohammed bin Salman', ['MBS', 'Mohammed bin Salman'], 'SAU', 'crown prince'),
  p('Ilham Aliyev', ['Aliyev'], 'AZE', 'president'),
  p('Nikol Pashinyan', ['Pashinyan'], 'ARM', 'prime minister'),
  p('Alexander Lukashenko', ['Lukashenko'], 'BLR', 'president'),
  p('Mahmoud Abbas', [], 'PSE', 'president'),
  p('Ismail Haniyeh', ['Haniyeh'], 'PSE', 'Hamas leader', 'REB'),
  p('Hassan Nasrallah', ['Nasrallah'], 'LBN', 'Hezbollah leader', 'REB'),
  p('Abdul Fattah al-Burhan', ['Burhan', 'al-Burhan'], 'SDN', 'army chief', 'MIL'),
  p('Mohamed Hamdan Dagalo', ['Hemedti', 'Dagalo'], 'SDN', 'RSF commander', 'REB'),
  p('Paul Kagame', ['Kagame'], 'RWA', 'president'),
  p('Felix Tshisekedi', ['Tshisekedi'], 'COD', 'president'),
  p('Abiy Ahmed', ['Abiy'], 'ETH', 'prime minister'),
  p('Sadyr Japarov', ['Japarov'], 'KGZ', 'president'),
  p('Emomali Rahmon', ['Rahmon'], 'TJK', 'president'),
  p('Mikheil Saakashvili', ['Saakashvili'], 'GEO', 'president'),
  p('Ramtane Lamamra', ['Lamamra'], 'DZA', 'foreign minister'),
  p('Felix Plasencia', ['Plasencia', 'Félix Plasencia'], 'VEN', 'ambassador'),
  p('Adel Abdul-Mahdi', ['Abdul-Mahdi'], 'IRQ', 'prime minister'),
  p('Nicolas Sarkozy', ['Sarkozy'], 'FRA', 'president'),
  p('Sabah al-Ahmad al-Sabah', ['Sheikh Sabah al-Ahmad al-Sabah', 'Sheikh Sabah'], 'KWT', 'emir'),
  p('Nicolas Maduro', ['Maduro'], 'VEN', 'president'),
  p('Gustavo Petro', [], 'COL', 'president'),
  p('Luiz Inacio Lula da Silva', ['Lula'], 'BRA', 'president'),
  p('Fumio Kishida', ['Kishida'], 'JPN', 'prime minister'),
  p('Yoon Suk Yeol', ['Yoon'], 'KOR', 'president'),
  p('Lai Ching-te', [], 'TWN', 'president'),
  p('Hibatullah Akhundzada', ['Akhundzada'], 'AFG', 'supreme leader'),
  p('Amir Khan Muttaqi', ['Muttaqi'], 'AFG', 'foreign minister'),
  p('Zabihullah Mujahid', ['Mujahid'], 'AFG', 'spokesman'),
  p('Sheikh Hasina', ['Hasina'], 'BGD', 'prime minister'),
  p('Min Aung Hlaing', [], 'MMR', 'army chief', 'MIL'),
  // Earlier leaders still met in archives and retrospectives (data/people.ts starts in 2015). Full
  // names only where the surname is shared ("Clinton", "Blair", "Castro", "Bashir").
  p('Bill Clinton', ['President Clinton'], 'USA', 'president'),
  p('George W. Bush', ['George Bush', 'George H.W. Bush', 'George H. W. Bush', 'Bush'], 'USA', 'president'),
  p('Ronald Reagan', ['Reagan'], 'USA', 'president'),
  p('Yasser Arafat', ['Arafat', 'Yasir Arafat'], 'PSE', 'president'),
  p('Boris Yeltsin', ['Yeltsin'], 'RUS', 'president'),
  p('Mikhail Gorbachev', ['Gorbachev'], 'RUS', 'Soviet leader'),
  p('Slobodan Milosevic', ['Milosevic'], 'SRB', 'president'),
  p('Vojislav Kostunica', ['Kostunica'], 'SRB', 'president'),
  p('Saddam Hussein', ['Saddam'], 'IRQ', 'president'),
  p('Hosni Mubarak', ['Mubarak'], 'EGY', 'president'),
  p('Ariel Sharon', [], 'ISR', 'prime minister'),
  p('Ehud Barak', [], 'ISR', 'prime minister'),
  p('Jacques Chirac', ['Chirac'], 'FRA', 'president'),
  p('Francois Mitterrand', ['Mitterrand', 'Francois Mitterand', 'Mitterand'], 'FRA', 'president'),
  p('Tony Blair', [], 'GBR', 'prime minister'),
  p('Eduard Shevardnadze', ['Shevardnadze'], 'GEO', 'president'),
  p('Muammar Gaddafi', ['Gaddafi', 'Qaddafi', 'Qadhafi', 'Muammar Qaddafi', 'Moammar Gadhafi', 'Gadhafi'], 'LBY', 'leader'),
  p('Laurent Gbagbo', ['Gbagbo'], 'CIV', 'president'),
  p('Omar al-Bashir', ['Omar Hassan al-Bashir', 'Omar El Bashir', 'Omar el-Bashir', 'Omar Hassan Ahmad al-Bashir'], 'SDN', 'president'),
  p('Olusegun Obasanjo', ['Obasanjo'], 'NGA', 'president'),
  p('Abdelaziz Bouteflika', ['Bouteflika'], 'DZA', 'president'),
  p('Pervez Musharraf', ['Musharraf'], 'PAK', 'president'),
  p('Hamid Karzai', ['Karzai'], 'AFG', 'president'),
  p('Askar Akayev', ['Akayev'], 'KGZ', 'president'),
  p('Nelson Mandela', ['Mandela'], 'ZAF', 'president'),
  p('Alberto Fujimori', ['Fujimori'], 'PER', 'president'),
  p('Sixto Duran Ballen', ['Duran Ballen'], 'ECU', 'president'),
  p('Rafael Correa', ['Correa'], 'ECU', 'president'),
  p('Alvaro Uribe', ['Uribe'], 'COL', 'president'),
  p('Hugo Chavez', [], 'VEN', 'president'),
  p('Fidel Castro', [], 'CUB', 'president'),
  p('Raul Castro', [], 'CUB', 'president'),
  p('Jiang Zemin', [], 'CHN', 'president'),
  p('Tang Jiaxuan', [], 'CHN', 'foreign minister'),
  p('Charles Murigande', ['Murigande'], 'RWA', 'foreign minister'),
  p('Brian Tobin', [], 'CAN', 'fisheries minister'),
];

/** The core list above, then the dated dictionary (data/people.ts); a name listed twice keeps its first entry. */
export const KNOWN_PEOPLE: readonly KnownPerson[] = (() => {
  const seen = new Set(CORE.map((k) => k.name));
  return [...CORE, ...PEOPLE.filter((x) => !seen.has(x.name))];
})();
