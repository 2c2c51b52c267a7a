// Package catalog owns the catalogue's reading of text: it turns one
// article's main text into the worker actions it reports (Mentions) —
// which company's workers acted, against which agency or issue, how
// (letter, petition, walkout...), how many signed or took part, the value of
// the contract at stake, the date, and the sentences that prove each of
// these.
//
// It is pure: no I/O beyond reading its gazetteer, no clock, no global
// state. The gazetteer (companies, agencies and issues with their aliases)
// is an embedded, editable data file, gazetteer.json; NewFrom reads another.
//
// Extraction follows a few general rules rather than per-article ones: a
// mention needs a worker noun ("employees", "staff", "Googlers"...) bound to
// a company and to a collective-action word (letter, petition, walkout...);
// a count must be bound to that worker noun or to the letter's signatures;
// money, percentages, workforce sizes, years and "N other employees" are
// never counts; targets come from the action's sentence, else from the
// company's previous action, else from what the article ties to that
// company. When unsure, the count is left empty.
//
// Military branches and defense programs (U.S. Army, Navy, Air Force,
// Project Maven, JEDI, IVAS/HoloLens) map to the agency "Pentagon", the
// Department of Defense; Mention.Target keeps the article's own words.
// Censorship in China (Dragonfly) is an issue, not a government target.
// Union drives and actions about pay or conditions alone are out of scope.
package catalog
