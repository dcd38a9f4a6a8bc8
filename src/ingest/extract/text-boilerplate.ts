/**
 * The heuristics that clean a plain-text page dump (what "select all, copy" or a text-mode
 * browser makes of a news page), in one readable place, as Readability.js keeps its REGEXPS.
 *
 * Every rule has an id and an example of a line it matches. Rules match a whole line after
 * whitespace is collapsed; they are about page furniture, never about an article's words.
 */

export interface LineRule {
  id: string;
  /** A line the rule matches. */
  example: string;
  re: RegExp;
  /**
   * Optional cheap necessary condition, tried before `re`: a word every match contains. For the
   * long-line rules (`^.{0,200}…`), which every prose line would otherwise run in full.
   */
  hint?: RegExp;
}

/** Lines longer than this are prose, never furniture (menus, credits, buttons are short). */
export const MAX_FURNITURE_CHARS = 160;

/** A heading inside the text: a short standalone line without sentence punctuation. */
export const MAX_HEADING_CHARS = 90;
export const MAX_HEADING_WORDS = 12;

/** The first line is the headline when it is at most this long. */
export const MAX_HEADLINE_CHARS = 200;

/** Paywall and letter cuts only apply when the marker sits after this share of the text, or promo follows. */
export const CUT_AFTER_SHARE = 0.5;

/** How many following lines are checked for subscription material after a paywall notice. */
export const PROMO_LOOKAHEAD_LINES = 4;

/** Lines dropped wherever they occur. */
export const DROP_LINE_RULES: readonly LineRule[] = [
  { id: 'stray-punctuation', example: '|', re: /^[|•·*\-–—_=~#>/\\]+$/ },
  { id: 'reading-mode-switch', example: '• Deep Read ( 4 Min. )', re: /^(?:[•·*-]\s*)?(?:quick|deep|short|full) read(?:\s*\(\s*\d+\s*min\.?\s*\))?$/i },
  { id: 'reading-time', example: '4 min read', re: /^(?:\d+\s*(?:min(?:ute)?s?\.?|mins?) read|listen(?: to (?:this )?(?:article|story))?(?:\s*[·•|(].*)?|\d+:\d\d)$/i },
  { id: 'advertisement', example: 'Advertisement', re: /^(?:advertisement|advert|ad|sponsored(?: content)?|paid content|story continues below(?: advertisement)?|scroll to continue(?: with content)?|continue reading(?: (?:below|the main story))?|skip (?:to (?:main )?content|advertisement|next section))$/i },
  { id: 'share-buttons', example: 'Share this article', re: /^(?:share(?: this)?(?: article| story| page)?(?: on \w+)?|share on (?:facebook|twitter|x|whatsapp|linkedin|email|reddit)|copy link|link copied|print(?: this)?(?: article)?|e-?mail|tweet|save(?: article| for later)?|bookmark|gift(?: this)? article|comments?(?: \(\d+\))?|\d+ comments?|facebook|twitter|whatsapp|linkedin|telegram|reddit)$/i },
  { id: 'sign-up-promo', example: 'Sign up for our daily newsletter', re: /^(?:sign up|subscribe|register)\b.{0,120}\b(?:newsletter|inbox|email|alerts?|briefing|free|today|here|now)\b.{0,40}$/i },
  { id: 'join-promo', example: 'Join our WhatsApp channel for updates', re: /^(?:join|get)\s+(?:our|us|the|free|\w+(?:'|’)s)\b.{0,100}\b(?:newsletter|inbox|alerts?|briefing|channel|app|community)\b.{0,60}$/i },
  { id: 'newsletter-promo', example: 'Get the Morning Briefing newsletter', re: /^.{0,80}\bnewsletters?\b.{0,80}$/i },
  { id: 'read-more-link', example: 'Read more: Pakistan summons envoy', re: /^(?:read more|more|related|see also|also read|read also|more on this(?: story)?|recommended(?: stories)?|watch|listen|explainer|opinion|analysis|video|live|latest)\s*[:|–—-]\s*.{0,150}$/i },
  { id: 'follow-us', example: 'Follow us on Twitter', re: /^follow (?:us|@\w+|\w+(?: \w+){0,3} on (?:twitter|x|facebook|instagram|telegram|whatsapp|google news))\b.{0,100}$/i },
  { id: 'cookie-notice', example: 'We use cookies to improve your experience', re: /^.{0,200}\b(?:we use cookies|use of cookies|cookie (?:policy|settings|preferences|notice)|accept (?:all )?cookies|manage (?:your )?cookies)\b.{0,200}$/i, hint: /cookie/i },
  { id: 'copyright', example: '© 2024 Example Media. All rights reserved.', re: /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©\s*)?\d{4}|all rights reserved).{0,150}$/i },
  // Names follow "by", and the line is a tail note, not a sentence: it has a ';' or no final full stop.
  { id: 'credit-byline-tail', example: 'Reporting by Asif Shahzad; Editing by Jane Doe', re: /^\(?(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced|[Gg]raphics?|[Rr]esearch|[Tt]ranslation) by [A-Z](?:[^.]*;.*|.{0,200}[^.])$/ },
  { id: 'trust-principles', example: 'Our Standards: The Thomson Reuters Trust Principles.', re: /^our standards:.{0,80}$/i },
  { id: 'qr-code', example: 'QR Code to Subscription page', re: /^qr code (?:to|for)\b.{0,200}$/i },
  { id: 'read-in-app', example: 'Read this article in', re: /^(?:read this (?:article|story) in(?: \w+)?|open in app|read in app|download (?:the|our) app.{0,60}|view in browser|click here.{0,80})$/i },
  { id: 'subscription-call', example: 'Start your subscription today', re: /^(?:start|get|begin|try|activate|renew) (?:your |a |our )?(?:free )?(?:subscription|trial|membership|digital access).{0,60}$/i },
  { id: 'bare-url', example: 'https://www.example.com/subscribe', re: /^(?:https?:\/\/|www\.)\S+$/i },
  { id: 'nav-word', example: 'Menu', re: /^(?:home|menu|search|sections|log ?in|sign ?in|log ?out|sign ?out|account|my account|subscribe|subscribers?|newsletters?|podcasts?|next|previous|back to top|top stories|more stories|trending|close|open|toggle navigation|show more|load more|see more|show caption|hide caption|expand|image|images|photo|photos|gallery|enlarge this image|toggle caption|news|world|politics|business|opinion|video|live|sport|sports|published|updated|share|save)$/i },
  { id: 'breadcrumb', example: 'News|Conflict', re: /^[\p{L}][\p{L} &'’-]{1,30}(?:\s*[|›»>]\s*[\p{L}][\p{L} &'’-]{1,30})+$/u },
  { id: 'save-for-later', example: 'Save articles to read later and create your own reading list.', re: /^save (?:articles?|this (?:article|story)|for later)\b.{0,100}$/i },
  { id: 'reuse-content', example: 'Reuse this content', re: /^(?:reuse this content|report an error|corrections?|fact check|most viewed|accessibility help|this article is more than \d+ (?:years?|months?) old)$/i },
  { id: 'contributed-report', example: 'Associated Press writer Jane Doe in Keshet contributed to this report.', re: /^.{0,140}\bcontributed (?:to )?(?:this )?(?:report|reporting|story)\b.{0,60}$/i },
  { id: 'byline-updated', example: 'Updated 3 hours ago', re: /^(?:updated|published|posted|last updated)?\s*\d+ (?:min(?:ute)?s?|hours?|hrs?|days?) ago$/i },
];

/**
 * A paywall notice. When subscription material follows (or the notice sits late in the
 * text) everything from here on is dropped; otherwise only this line.
 */
export const PAYWALL_RULES: readonly LineRule[] = [
  { id: 'free-articles-count', example: "You've read 3 of 5 free articles. Subscribe to continue.", re: /^you(?:'|’)?ve (?:read|reached|used)\b.{0,40}\b(?:free |complimentary )?(?:articles?|stories|limit)\b.{0,120}$/i },
  { id: 'subscribe-to-continue', example: 'Subscribe to continue reading', re: /^.{0,120}\b(?:subscribe|sign in|log in|register|create (?:a )?(?:free )?account)\b.{0,40}\bto (?:continue|keep) reading\b.{0,60}$/i, hint: /reading/i },
  { id: 'subscribers-only', example: 'This article is for subscribers only', re: /^this (?:article|story|content) is (?:for|available to|only available to|exclusive to) (?:paying )?(?:subscribers|members).{0,80}$/i },
  { id: 'already-subscriber', example: 'Already a subscriber? Log in', re: /^already (?:a subscriber|have an account|a member)\b.{0,60}$/i },
];

/** Material that shows a paywall notice is followed by promotion, not by more article. */
export const PROMO_HINT = /\b(?:subscri(?:be|ption|bers?)|dear reader|journalism|donat(?:e|ion)|membership|support (?:us|our)|independent news|unlimited access|the \w+ difference|why (?:we|our))\b/i;

/** The salutation of a fundraising or subscription letter; the letter runs to the end. */
export const LETTER_START: LineRule = {
  id: 'letter-salutation',
  example: 'Dear Reader,',
  re: /^dear (?:reader|readers|friend|friends|subscriber|subscribers|member|members|supporter|supporters|valued reader)s?[,:!]?$/i,
};

/**
 * An editorial box: its title, short label lines, then one paragraph that is the box's
 * content. Pages print some boxes twice (top and inline), so they are dropped whole.
 */
export const BOX_HEADINGS: readonly LineRule[] = [
  { id: 'why-we-wrote-this', example: 'Why We Wrote This', re: /^why we (?:wrote|reported|covered) this(?: story)?$/i },
  { id: 'editors-note-box', example: "Editor's note", re: /^(?:editor(?:'|’)?s note|a note (?:to|for) (?:our )?readers|about this (?:story|article)|how we reported this)$/i },
];

/** Inside a box, short lines without sentence punctuation before the content are labels. */
export const MAX_BOX_LABEL_CHARS = 40;

/** A label line inside a box, e.g. "A story focused on" (its link word lost in the dump). */
export const BOX_LABEL: LineRule = { id: 'box-label', example: 'A story focused on', re: /^(?:a story (?:focused )?(?:on|about)|focus(?:ed)? on)\b.{0,40}$/i };

/**
 * A list of links to other stories: the heading and the short link lines that follow it
 * are dropped, up to the next paragraph of prose.
 */
export const LINK_LIST_HEADINGS: readonly LineRule[] = [
  { id: 'related-list', example: 'Related stories', re: /^(?:related(?: (?:stories|articles|coverage|content|topics|news))?|more (?:from|on|in) .{1,40}|more stories|most (?:read|popular|viewed)|editor(?:'|’)?s picks|recommended(?: for you)?|you may (?:also )?like|read next|trending(?: now)?|top stories|latest (?:news|stories)|explore more(?: on these topics)?|related topics|topics|more on this story|in other news|around the web|read more|also read|read also|see also|further reading|more coverage|more on this)\s*:?$/i },
];

/** Photo credit lines: `Fayaz Aziz/Reuters`, `Photo: Jane Doe/AFP via Getty Images`, `Image source, Getty Images`. */
export const CREDIT_RULES: readonly LineRule[] = [
  { id: 'credit-labelled', example: 'Photo: Jane Doe/AFP', re: /^\(?(?:photo(?:graph)?s?|image|picture|pic|credit|illustration|video|graphic|source)(?: credit)?(?: by)?\s*[:,]\s*.{1,100}\)?$/i },
  { id: 'credit-image-source', example: 'Image source, Getty Images', re: /^image source,?\s.{1,80}$/i },
  { id: 'credit-getty-via', example: 'John Doe/AFP via Getty Images', re: /^.{1,60}\bvia (?:getty images|reuters|ap|afp|bloomberg|shutterstock|zuma(?: press)?)$/i },
];

/**
 * `Name/Agency` with no sentence punctuation: the name part is capitalised words, the agency
 * part an agency or a word that says "photo desk". Examples: `Fayaz Aziz/Reuters`,
 * `Prime Minister Office/AP`, `Karen Norris/Staff`.
 */
export const CREDIT_NAME_AGENCY = /^((?:(?:[A-Z][\p{L}.'’-]*|al-|de|van|von|bin|ibn|la|le|du|da|di|del)\s*){1,7})\/\s*([\p{L}][\p{L}.&'’ -]{0,40})$/u;
export const CREDIT_AGENCY = /^(?:AP|AFP|EPA|UPI|ANP|ANI|PTI|IRNA|WANA|ISNA|SANA|KCNA|ISPR|TASS|DPA|ANSA|Xinhua|Reuters|Sputnik|Anadolu(?: Agency)?|Bloomberg|Getty(?: Images)?|Shutterstock|Alamy|Pool|Handout|Staff|File|Courtesy|Sipa(?: USA)?|ZUMA(?: Press)?|NurPhoto|SOPA Images|LightRocket|Corbis|Redux|Polaris|Abaca|Kyodo|Yonhap|NYT|The New York Times|Staff photographer)$|\b(?:Images?|Photos?|Press|News|Agency|Pool|Staff|Monitor|Times|Post|Handout|Service|Wire|Media|Office|Ministry|Department|Agencies)\b/;

/** A caption marker some dumps keep (BBC): the rest of the line or the next line is the caption. */
export const CAPTION_PREFIX = /^image caption,?\s*/i;

/** A byline without "By": `Jane Doe in Keshet`, `Jane Doe and John Roe in Keshet` (Guardian style). */
export const BYLINE_IN = /^((?:[A-Z][\p{L}.'’-]+ ){1,3}[A-Z][\p{L}.'’-]+(?: and (?:[A-Z][\p{L}.'’-]+ ){1,3}[A-Z][\p{L}.'’-]+)?) in [A-Z][\p{L}'’ -]{1,30}$/u;

/** A short line under a byline naming the writer's outlet or role: `BBC News, Keshet`. */
export const MAX_AFFILIATION_CHARS = 50;

/** The paragraph under the headline is its standfirst (kind 'summary') when at most this long. */
export const MAX_STANDFIRST_CHARS = 300;

/** A byline line: `By Jane Doe`, `By Jane Doe and John Roe, Reuters`. */
export const BYLINE = /^[Bb][Yy]\s+((?:[A-Z][\p{L}.'’-]+\s*){1,4}(?:(?:,|and|&)\s*(?:[A-Z][\p{L}.'’-]+\s*){1,4}){0,3})(?:\s*[,|·•–—-]\s*.{0,60})?$/u;

/**
 * A line that only states when the page was published or updated: once its date is read,
 * nothing but these words, times and zones may remain. Examples: `Published On 18 Jan 2024`,
 * `Updated 4:12 AM GMT+1, January 18, 2024`, `Thu 18 Jan 2024 06.46 GMT`.
 */
export const MAX_DATE_LINE_CHARS = 80;
export const DATE_LINE_RESIDUE = /\b(?:published|posted|updated|last|first|modified|date|on|at|am|pm|a\.m|p\.m|gmt|utc|[a-z]{1,4}t|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|st|nd|rd|th|of)\b|\d+|[\s,.:;|+\-–—()·•/]/gi;

/** Only published (not updated) date lines set the publication date when both appear. */
export const UPDATED_HINT = /^(?:updated|last updated)/i;

/**
 * A wire-service dateline that opens the first paragraph; it stays in the text but gives a
 * date when it carries a year. Example: `ISLAMABAD, Jan 18, 2024 (Reuters) -`.
 */
export const DATELINE = /^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Za-z .]{2,30})?,\s*([A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?)\s*\((?:Reuters|AP|AFP|Bloomberg|dpa|Xinhua|IANS|PTI|ANI)\)/;

/**
 * Any dateline opening a story, with or without a date: `KESHET, Arvania (AP) —`,
 * `ISLAMABAD, Jan 18 (Reuters) -`, `LONDON —`. Such a line is never a headline or a standfirst.
 */
export const DATELINE_START = /^[A-Z][A-Z .'’-]{2,40}(?:,\s*[\p{L} .'’]{2,30}){0,2}(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?)?\s*(?:\([^)]{1,30}\))?\s*[—–-]/u;
