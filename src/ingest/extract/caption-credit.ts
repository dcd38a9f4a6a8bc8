/**
 * Photo credits inside captions are not facts about the story: strip them.
 * Rules in order, each with an id and an example of the caption tail it removes.
 */
const CAPTION_CREDIT_RULES: ReadonlyArray<{ id: string; example: string; re: RegExp }> = [
  // "… in Quetta. Photo: Jane Doe/Reuters" / "Photograph: Banaras Khan/AFP/Getty Images"
  { id: 'labelled-credit-tail', example: 'Photo: Jane Doe/Reuters', re: /\s*[([]?\b(?:photo(?:graph)?s?|image|picture|pic|credit|illustration)(?: credit)?(?: by)?\s*:\s*[^.!?]{1,100}[)\]]?\.?\s*$/i },
  // "… (Jane Doe/AFP via Getty Images)" / "(AP Photo/Jane Doe)" / "(Reuters)"
  { id: 'parenthesised-credit-tail', example: '(AP Photo/Jane Doe)', re: /\s*\((?:[^()]{1,60}\/[^()]{1,60}|Reuters|AP|AFP|EPA|Getty Images|AP Photo|File)\)\.?\s*$/ },
  // "… on Jan. 19. Jane Doe/Reuters" after the last sentence.
  { id: 'name-agency-tail', example: 'Fayaz Aziz/Reuters', re: /(?<=[.!?"”])\s+(?:[A-Z][\p{L}.'’-]*\s*){1,6}\/\s*[\p{L}][\p{L}&.'’ /-]{1,50}$/u },
  // "… via Getty Images"
  { id: 'via-agency-tail', example: 'Jane Doe via Getty Images', re: /(?<=[.!?"”])\s+[^.!?]{1,60}\bvia (?:Getty Images|Reuters|AP|AFP|Shutterstock)\.?$/ },
  // Leading "Photo: Jane Doe/AFP – " before the caption text.
  { id: 'labelled-credit-head', example: 'Photo: Jane Doe/AFP – ', re: /^(?:photo|image|credit)\s*:\s*[^–—|]{1,80}[–—|]\s*/i },
];

export function stripCaptionCredit(caption: string): string {
  let t = caption.trim();
  for (const rule of CAPTION_CREDIT_RULES) t = t.replace(rule.re, '').trim();
  return t;
}
