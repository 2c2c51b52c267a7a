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
// company (an agency named for the company's customer or contractor,
// "runs the facility under a contract with ICE", counts). When unsure,
// the count is left empty.
//
// A count belongs to the action it is bound to: a count of signatures
// ("3,100 signatures", "signed by 1,400") only to a letter or petition,
// never to a walkout or resignation told beside it; told before the
// letter's signers are, it waits for them. When an article gives several
// figures for one action, the largest (the latest, as counts grow) is the
// count and the others are Count.Earlier. A count given only in the
// headline is the article's, proved by the headline. "N people joined the
// walkout" adds to the workers' walkout already told; shares of a joint
// letter ("Amazon's ... ran to 300 names and Google's to 90", "300 at
// Amazon and 90 at Google") are each company's.
//
// Several companies' workers acting together each get their own mention:
// "N X employees and M Y workers signed" gives each its own count, while
// "employees of X and Y" and a total for their joint letter give none.
// Workers "at several tech companies" stand for no company; workers fired
// or arrested are not counted as participants. A contract two companies
// share is each one's; one they compete for is neither's.
//
// Scope is decided per action, by its stated aim: an action about an
// agency or a known issue (including discrimination, harassment and
// retaliation) is in scope; at an employer the gazetteer does not know,
// one whose own sentence states only a pay or conditions aim, or that
// states no aim in a paragraph or under a headline about pay or
// conditions, is not, and a strike with no known aim is labour's. An
// action aimed at pay alone never takes another action's target.
//
// Tables and fact boxes reach the catalogue as records, one paragraph a
// row, "Company: GitHub | Target: ICE | Action: Letter | Signers: 200+"
// (RecordSep between fields). They are read by their labels, kept out of
// the prose, and what they state fills in the prose's mention of the same
// company and action (count, target, value, date) or stands as a mention
// of its own. A page that lists several stories (a topic page) has a
// StoryBreak paragraph before each; each story is read on its own, its
// first short paragraph as its headline, and what the stories say of one
// campaign is joined, the smaller counts as earlier figures.
//
// Mention.Outcome records what the company did in answer (contract
// dropped, not renewed, renewed or kept, demands met, workers fired) when
// a sentence with the company as subject says so, without hedging or
// demanding; that sentence joins the evidence.
//
// The Department of Defense and its defense-wide programs (Project Maven,
// JEDI) are the agency "Pentagon"; the Army (with its IVAS/HoloLens
// contract), the Navy and the Air Force are their own agencies, "US Army",
// "US Navy" and "US Air Force", as ICE and CBP are apart from DHS.
// Mention.Target keeps the article's own words. A foreign government body
// the gazetteer does not list is found from a country's name or adjective
// before a body named in the gazetteer's "foreign" section ("Bahrain's
// Interior Ministry" is the agency "Bahraini Interior Ministry").
// Censorship in China (Dragonfly) is an issue, not a government target.
// Union drives (elections, recognition, the labor board) are out of scope
// everywhere, as is labour in a warehouse, a store or on the road. Actions
// about pay or conditions alone are in scope at a tech employer the
// gazetteer knows (an office strike over pay is the employer's conduct)
// and out of scope at an employer found only from the text or one the
// gazetteer marks labour_beat (warehouses, stores, factories, drivers); letters and
// petitions against layoffs or executive pay (the issue "layoffs") or a
// return-to-office mandate are in scope.
package catalog
