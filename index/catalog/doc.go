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
// never counts; targets come from the action's sentence, else from what the
// article ties to that company. When unsure, the count is left empty.
package catalog
