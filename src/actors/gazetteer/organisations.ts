/**
 * Actors that are neither states nor armed groups: international bodies (country null, role
 * IGO: "the EU", "the ICJ", "ASEAN"), unrecognised or breakaway authorities (country null, named:
 * "Somaliland", "the Karabakh authorities"). Unnamed attackers ("gunmen") are resolved by the
 * coder (coding/references.ts, ref.armed-group), which knows they name no party as a target.
 * CONTRACT.md: an actor with no state has country null and its own name. Aliases are matched
 * as written (case-sensitive), so "the EU said" matches and "eu" in a URL does not.
 */
import type { Sector } from '../types.js';

export interface OrgEntry {
  name: string;
  aliases: readonly string[];
  country: string | null;
  role: Sector;
  kind: 'org';
}

const igo = (name: string, ...aliases: string[]): OrgEntry => ({ name, aliases, country: null, role: 'IGO', kind: 'org' });
const ngo = (name: string, ...aliases: string[]): OrgEntry => ({ name, aliases, country: null, role: 'NGO', kind: 'org' });
const authority = (name: string, role: Sector, ...aliases: string[]): OrgEntry => ({ name, aliases, country: null, role, kind: 'org' });

export const ORGANISATIONS: readonly OrgEntry[] = [
  // org.igo: "The European Union agreed to widen sanctions on Iran."
  // org.security-council: "the Security Council" alone is the UN's; with "the" in the alias so that
  // "the National Security Council" of a state does not match.
  igo('United Nations', 'UN', 'U.N.', 'UN Security Council', 'U.N. Security Council', 'United Nations Security Council', 'the Security Council', 'The Security Council', 'UN General Assembly', 'United Nations General Assembly', 'UN Secretariat'),
  igo('European Union', 'EU', 'E.U.', 'European Commission', 'European Council', 'European Parliament', 'Council of the European Union'),
  igo('NATO', 'North Atlantic Treaty Organization', 'Nato'),
  igo('African Union', 'AU', 'African Union Commission', 'AU Peace and Security Council'),
  igo('ASEAN', 'Association of Southeast Asian Nations', 'Asean'),
  igo('International Atomic Energy Agency', 'IAEA'),
  igo('International Court of Justice', 'ICJ', 'World Court'),
  igo('International Criminal Court', 'ICC'),
  igo('Arab League', 'League of Arab States'),
  igo('Gulf Cooperation Council', 'GCC'),
  igo('Organization for Security and Co-operation in Europe', 'OSCE', 'Organization for Security and Cooperation in Europe'),
  igo('Organisation of Islamic Cooperation', 'OIC', 'Organization of Islamic Cooperation'),
  igo('Intergovernmental Authority on Development', 'IGAD'),
  igo('Economic Community of West African States', 'ECOWAS'),
  igo('East African Community', 'EAC'),
  igo('Southern African Development Community', 'SADC'),
  igo('Collective Security Treaty Organization', 'CSTO'),
  igo('Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'),
  igo('Caribbean Community', 'CARICOM', 'Caricom'),
  igo('Community of Latin American and Caribbean States', 'CELAC'),
  igo('Organization of American States', 'OAS'),
  igo('UN Refugee Agency', 'UNHCR'),
  igo('UN Interim Force in Lebanon', 'UNIFIL'),
  igo('International Monetary Fund', 'IMF'),
  igo('World Bank'),
  igo('Group of Seven', 'G7', 'G-7'),
  igo('World Food Programme', 'WFP', 'World Food Program'),
  igo('UNICEF', "UN Children's Fund", "United Nations Children's Fund"),
  igo('International Labour Organization', 'ILO', 'International Labor Organization', 'International Labour Office', 'International Labor Office'),
  igo('European Community', 'European Economic Community'),
  igo('Organization of African Unity', 'Organisation of African Unity', 'OAU'),
  igo('Asia-Pacific Economic Cooperation', 'APEC'),
  // org.ngo: "Amnesty International accused the army of torture." / "Red Cross officials suspended deliveries."
  ngo('International Committee of the Red Cross', 'ICRC', 'Red Cross', 'Red Crescent'),
  ngo('Amnesty International'),
  ngo('Human Rights Watch'),
  ngo('Doctors Without Borders', 'Médecins Sans Frontières', 'MSF'),
  // org.authority: "Somaliland's leader signed the memorandum." / "Karabakh forces agreed to disarm."
  authority('Somaliland', 'GOV', 'Republic of Somaliland'),
  authority('Karabakh authorities', 'GOV', 'Nagorno-Karabakh authorities', 'Artsakh', 'Republic of Artsakh', 'Karabakh separatist authorities', 'Karabakh leadership', "Karabakh's leadership", "Karabakh's leaders", 'Karabakh leaders', "Karabakh's authorities", 'Karabakh officials', 'ethnic Armenian leaders', 'Ethnic Armenian leaders', 'ethnic Armenian authorities', 'Ethnic Armenian authorities'),
  authority('Karabakh forces', 'REB', 'Karabakh Armenian forces', 'Karabakh separatists', 'Nagorno-Karabakh forces', 'Artsakh Defence Army', 'Artsakh Defense Army', 'Karabakh army', "Karabakh's forces", 'ethnic Armenian forces', 'Ethnic Armenian forces', 'ethnic Armenian fighters', 'Ethnic Armenian fighters'),
  authority('Abkhazia', 'GOV', 'Abkhaz authorities'),
  authority('South Ossetia', 'GOV', 'South Ossetian authorities'),
  authority('Transnistria', 'GOV', 'Transnistrian authorities'),
  authority("Donetsk People's Republic", 'REB', "Luhansk People's Republic"),
  authority('Turkish Republic of Northern Cyprus', 'GOV', 'TRNC', 'Turkish Cypriot authorities'),
];
