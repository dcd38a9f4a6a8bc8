export { findRelationStatements, type RelationStatementOptions } from './find-relation-statements.js';
export { RELATION_PATTERNS, RELATION_KEYWORDS, NOT_A_STATEMENT, type RelationPattern } from './relation-patterns.js';
export { mainCountry, countCountries, countryMentions } from './main-country.js';
