/**
 * Country and capital names that are also ordinary names or words. Such a word names the
 * state only when it is not part of a longer proper name: "Michael Jordan", "Jordan Peterson",
 * "Chad Smith", "George Washington", "Washington Post", "Georgia Tech" do not match.
 * (Lower-case words never match proper names: "china" plates, "turkey" dinner.)
 */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set([
  'Chad', 'Jordan', 'Georgia', 'Israel', 'Turkey', 'Washington', 'Jerusalem', 'Lebanon', 'Cuba', 'Niger',
  'Guinea', 'Mali', 'Peru', 'Panama', 'Kuwait', 'Oman', 'Jersey', 'Paris', 'London', 'Moscow', 'Delhi',
  'Victoria', 'Santiago', 'Lima', 'Bern', 'Berlin', 'Vienna', 'Sofia', 'Brazil', 'Malta', 'Chile',
  'Trinidad', 'Dominica', 'Georgetown', 'America', 'US',
]);

/**
 * actors.native-name-english-word: native names the country data lists as alternatives that are
 * ordinary English words or surnames. In English text "Island" is the head of a place name
 * ("Jeju Island", "Christmas Island"), not Icelandic for Iceland; "Mann" is a surname ("Thomas
 * Mann"), not Manx for the Isle of Man. They are not names of the country at all here.
 */
export const NOT_COUNTRY_NAMES_IN_ENGLISH: ReadonlySet<string> = new Set(['Island', 'Mann']);

/** Capitalized words that never start a person's name after an office ("President Tuesday"). */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'On', 'In', 'At', 'Of', 'And', 'But', 'For', 'To', 'He', 'She', 'They', 'It', 'His', 'Her',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Said', 'Says',
  'Also', 'This', 'That', 'Who', 'Which', 'When', 'Mr', 'Mrs', 'Ms', 'Dr', 'Office', 'Ministry', 'House',
  'Department', 'Secretariat', 'Council', 'Committee', 'Palace', 'Press', 'General', 'Minister', 'Affairs',
  'Gen', 'Lt', 'Col', 'Maj', 'Brig', 'Adm', 'Sen', 'Rep', 'Gov', 'Sgt', 'Capt', 'Prof', 'Gen.',
]);

/**
 * Names that contain a country word but name neither the country nor its government: read as a
 * whole and dropped ("South China Sea" is not China, "Persian Gulf" is not Iran, "Indian Ocean"
 * is not India, "New Mexico" is not Mexico).
 */
export const BLOCKED_PHRASES: readonly string[] = [
  'South China Sea', 'East China Sea', 'China Sea', 'Persian Gulf', 'Indian Ocean', 'Arabian Sea', 'Arabian Peninsula',
  'Gulf of Mexico', 'New Mexico', 'Gulf of Oman', 'Gulf of Aden', 'Sea of Japan', 'Korean Peninsula',
  'Indian Premier League', 'Turkish Airlines', 'Qatar Airways', 'Emirates Airline', 'Jordan River', 'Niger River',
  'Congo River', 'Congo Basin', 'Georgia Tech', 'New Guinea', 'French Guiana', 'Dutch Caribbean', 'Kenya Airways',
  'Chinese New Year', 'Irish Sea', 'North Sea', 'Red Sea', 'Black Sea', 'Caspian Sea', 'Mediterranean Sea', 'Baltic Sea',
  'Strait of Hormuz', 'Taiwan Strait', 'Bab el-Mandeb', 'American Samoa', 'Russian roulette', 'Russian Orthodox Church',
  'British Council', 'British Museum', 'French fries', 'Swiss cheese', 'Indian Express', 'Times of India', 'Pakistan Today',
  'Tehran Times', 'Jordan Times', 'Syrian Observatory for Human Rights', 'Iran International', 'Warsaw Pact',
  // Currency: "US $50 million", "U.S. dollars".
  'US $', 'U.S. $', 'US dollars', 'U.S. dollars', 'US dollar', 'U.S. dollar', 'Hong Kong dollars',
];
