// Package extract turns news articles into actors and the ties between them.
//
// It is a pipeline of small stages over one document at a time:
//
//	text -> Read -> Document (header, title, paragraphs, sentences)
//	     -> tokens -> mentions (one pass against a trie of known names and titles,
//	                  then name-shaped runs for people in no list)
//	     -> actors (names resolved to one canonical actor per document)
//	     -> references ("the president", offices, "he", "we")
//	     -> parse trees (the sentences that name two actors) -> interactions
//	     -> across documents: actors, co-mentions (actors sharing a sentence; optionally a
//	        paragraph or document), relations and interactions merged
//
// analyze in pipeline.go is that road for one document. The grammar words the stages read
// (verbs of saying, negations, prepositions that link a verb to its target, ...) are the
// word classes of data/words.txt.
//
// A Pipeline runs the stages; its zero value uses the built-in knowledge base:
//
//	doc, err := extract.Read("article.txt", data)
//	if err != nil { ... }
//	result := extract.Pipeline{}.Extract(doc)
//	for _, a := range result.Actors { fmt.Println(a.Name, a.Type, len(a.Mentions)) }
//
// # Knowledge
//
// What the package knows of the world is data, not code: extract/data holds every sovereign
// state (names, demonyms, capital, seats of government such as "the Kremlin"), international
// organizations, national institutions, news outlets, 2025 leaders and senior officials, titles
// that introduce people, and given names. DefaultKnowledge loads it; NewKnowledge and
// Knowledge.With build or extend a knowledge base of your own, and ReadEntries reads one in
// JSON Lines. extract/data/README.md documents the format.
//
// # Recognition
//
// Known names are found by longest match over tokens, case-sensitively ("Trump" the person,
// not "trump" the verb; a lower-case phrase also matches capitalised at a sentence start).
// A one-word known name inside a longer name is not that actor: "Eric Trump", "Arredondo-
// Vance", "New Mexico", "Ministry of Labour". A title that starts with a country or an
// acronym mentions it ("French President", "NATO Secretary General").
//
// Actors in no list are found from evidence, in the capitalised runs that known names leave:
//
//   - a run ending in a head word is an organization ("the Sunrise Brigade", "Ministry of
//     Water Resources", "Kestrian Parliament", "Nordhav Capital"), an outlet ("the Harbor
//     Ledger", "Radio Meridian") or a place ("Harbor Street", "Alta Mesa province", "Lake
//     Tana"); events, documents and buildings ("the Meridian Summit", "the Lakeside Accord",
//     "Hurricane Delphine") are no actors. A country or organization before the head is a
//     word of the name ("the Kestria Football Association"), and no mention of its own,
//     unless the name is one of its organs ("the Ostmark Defense Ministry") or the word is a
//     demonym;
//   - any other run is a person when a title introduces it ("Army Secretary Dan Driscoll"),
//     an appositive names its office ("X, Norvania's ambassador to the U.S.,"), a known given
//     name leads it ("Olga Stefanishyna"), it is initialled ("J. R. Ostrowski"), or a verb of
//     saying is next to it ("Kovalenko told reporters", "said Amara Osei"), or it stands
//     where only a person does (coordinated with a person, across a verb of meeting from
//     one). Months, holidays, sentence-opening words, headlines and crossheads in title case,
//     party tags ("(D-NH)") and capitalised datelines make none;
//   - when the pipeline parses, a run of two or three words that nothing else types is
//     tagged and parsed with its sentence (package syntax): proper nouns that are the subject
//     or object of a verb, or coordinated with one, are a person ("Okonkwo Eze scored
//     twice", "the board appointed Radomir Veselko"), or an organization when an "its" of
//     their clause refers to them ("Tarvex Brewers raised its forecast"); a run with a
//     determiner ("an Ohio Republican") is a description, not a name. Named storms and
//     operations ("Hurricane Delphine", "Operation Silver Gate") are no actors;
//   - an acronym in no list is an organization where the parse puts it in one's place:
//     subject or object of a verb, possessor, or before a noun for its members ("an ODP
//     official", "ODP leader Ilse Brandvold"); then it is that organization everywhere in
//     the document. Common acronyms of other things ("GDP", "CEO") never are;
//   - a peer's title with a territorial designation is one person of the United Kingdom
//     ("Baroness Hallworth of Kettlebridge", later "Baroness Hallworth"), and a known name in
//     quotation marks right after a full name is that person's nickname ("Mohamed Hamdan
//     Daglo Moussa “Hemedti”" is the knowledge base's Hemedti);
//   - the place of a wire dateline in capitals ("TOKYO, Jan 24 (Reuters) -") is the place the
//     knowledge base names, a venue: a capital there is the city, not its government;
//   - an acronym in brackets after a name it spells is that name ("the Kestrian Water
//     Authority (KWA)"), and so is it later; "shares of X" and "X said in a statement" make
//     an organization.
//
// Names resolve within a document and across documents. Every tail of a full name ("Ochoa
// Santillán", "Santillán") resolves to that person unless two people share it, and then to
// nobody; so does a given name alone after the full name of a person in no list ("Lindiwe"
// after "Lindiwe Mokoena"), and a known place that is a person's last name ("Lisbon said"
// after "Talia Lisbon"). Spelling variants (Zelenskyy / Zelensky / Zelenskiy, Dmitriev / Dmitriyev, Yermak /
// Iermak, diacritics) share a transliteration key (textnorm.NameKey) and are one actor; the
// actor's Aliases list every form that made it. Names in Cyrillic and Greek are transliterated
// for their IDs and keys, so "Дмитрий Песков" is Dmitry Peskov and has the alias "Dmitriy
// Peskov"; a name in another script gets an ID from a hash of its letters. Every actor has a
// non-empty ID.
//
// A capital stands for its country ("Moscow has not confirmed") unless it is only a venue:
// after a locative preposition, in a document that names the country no other way ("a summit
// in Stockholm"). A leader's name before "administration" stands for the country.
//
// # Roles, affiliations and relations
//
// Titles give roles; what stands before a title gives the affiliation and whom the person
// works for: a country or demonym ("Russian President"), a possessive ("Ukraine's
// ambassador"), a person ("Putin adviser Kirill Dmitriev" works for Putin, and so for Russia).
// Officials whose title names no country belong to the country the document is about, an
// affiliation marked as inferred (Actor.AffiliationInferred).
// Result.Relations holds who works for whom, with the sentence that says so: the affiliation
// layer, kept apart from co-mentions.
//
// # Coreference
//
// Precise before bold: "the president" resolves to the last person named with that office,
// else to the office's one holder on the document's date ("the President of the United
// States", "Ukraine's president", "the Prime Minister" in a statement a British office
// issues), from the knowledge base's dated roles; "I" and "we" outside quotations are the
// issuer a statement's source names, and in a quotation its speaker;
// "He" or "She" opening a sentence to the one person named in the sentence before,
// "lawmakers" to the legislature of the country in focus, "the administration" to the one
// administration the document names. A reference with no clear antecedent is left alone.
// Resolved references are mentions (Mention.Reference), not aliases.
//
// Every Mention carries its document ID and exact byte span, and every CoMention the sentences
// behind it, so any tie can be explained.
//
// # Interactions
//
// Result.Interactions are who did what to whom, coded as political event data (CAMEO): a
// source, a target, a kind from data/kinds.tsv with its CAMEO code and Goldstein weight, a
// polarity, a modality (asserted, planned, possible, negated, reported) and the sentence that
// says so. The verbs and event nouns that make them are data (data/verbs.tsv). An interaction
// needs its source and its target in the sentence: co-occurrence alone never makes one.
//
// # Complexity
//
// Extraction is linear in the text for every shape of input, not only for news: each token
// costs a bounded number of map look-ups (the trie depth is the longest name in tokens, and
// a knowledge-base name has at most 32 tokens), never a regular expression per actor. Every
// look-back and look-ahead is bounded by a constant number of tokens or mentions, not by the
// sentence, since a scraped page can be one "sentence" of megabytes: a verb's subject,
// object and speaker are looked for within 40 tokens, a reference's antecedent within 200
// mentions and 4 sentences. A capitalised run of more than 24 tokens (a menu, a headline in
// capitals) is read as no name at all. A window naming more than MaxWindowActors actors (a
// list) makes no co-mentions. BenchmarkAdversarial measures a megabyte and four megabytes of
// each hostile shape (a menu, one word repeated, capitals, one huge token, quotes,
// "respectively" in every sentence, one endless sentence).
//
// # Determinism
//
// Extract gives the same Result for the same input whatever GOMAXPROCS is: documents are
// analysed concurrently, but results are merged in input order and every slice is sorted
// as its documentation says.
//
// # Errors
//
// Read rejects empty, binary, invalid UTF-8 and over-large input with an error that names the
// input and wraps ErrEmpty, ErrBinary, ErrInvalidUTF8 or ErrTooLarge. ReadFrom reads from an
// io.Reader through a limit of MaxDocumentSize+1 bytes, so that an endless or huge input is
// refused in bounded memory; ReadFiles reads through it, and returns a *SkippedError, with the
// documents it did read, for the links to directories and special files it left out. The
// knowledge loaders refuse files over MaxKnowledgeSize and names over MaxNameTokens tokens,
// with errors naming the file and line. Nothing in the package panics on bad text.
package extract
