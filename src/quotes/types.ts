/** Types at the quotes → store boundary. */

export interface Quote {
  /** Speaker's full name with titles stripped, or an institution ("Iran's foreign ministry"), or null when unknown. */
  speaker: string | null;
  /** The speaker's description as the article gives it, or null. */
  description: string | null;
  /** ISO3 the speaker is tied to, or null. */
  country: string | null;
  /** The quoted words (direct) or the reported clause (indirect). */
  text: string;
  direct: boolean;
  articleId: string;
  /** Offsets of the quoted text inside Article.text. */
  start: number;
  end: number;
  /** How the speaker was found: 'adjacent' ("says X"), 'surname' ("Mr. Syed"), 'pronoun' ("she says"), 'according-to', 'title' ("the senator"). */
  attribution: string;
  /** Id of the pattern that found the quote ('verb-then-speaker', 'reported-clause', …); optional, for --explain. */
  pattern?: string;
}
