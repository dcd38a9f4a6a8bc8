/** One CAMEO event code with its GDELT weights and its PLOVER mapping. */

/** QuadClass (GDELT): 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

export interface CameoCode {
  /** Two to four digits ("19", "195", "0874"). */
  code: string;
  /** CAMEO's name ("Employ aerial weapons"). */
  name: string;
  /** Goldstein weight in [-10, 10] as GDELT assigns it. */
  goldstein: number;
  quad: QuadClass;
  /** PLOVER event type ("ASSAULT"), or null when the table does not map the code. */
  plover: string | null;
  /** PLOVER mode ("heavy-weapons"), or null. */
  ploverMode: string | null;
  /** PLOVER context tags ("military", "legal"), possibly empty. */
  ploverContext: string[];
}
