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
