package extract

// Closed word classes the recogniser needs. They are grammar, not knowledge of actors, so they
// live in code; knowledge of actors, titles and given names lives in data/.

// particles join the parts of a personal name: "Mohammed bin Salman", "Ursula von der Leyen".
var particles = set(
	"bin", "ibn", "bint", "al", "el", "de", "da", "di", "del", "della", "dos", "das", "du",
	"van", "der", "den", "von", "zu", "le", "la", "ter", "ten", "y", "ben", "abu", "mac",
)

// notNames are capitalised words that never begin or make up a personal name: months,
// weekdays, holidays, and function words that are capitalised only at a sentence start.
var notNames = set(
	"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
	"Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday", "Sunday", "Thanksgiving", "Christmas", "Easter", "Ramadan", "Eid", "Hanukkah",
	"Passover", "New", "Year", "Day", "Eve", "Week", "Weekend", "Today", "Yesterday",
	"Tomorrow", "The", "A", "An", "This", "That", "These", "Those", "He", "She", "It", "They",
	"We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Your", "But", "And", "Or",
	"If", "When", "While", "As", "At", "In", "On", "Of", "For", "From", "To", "By", "With",
	"After", "Before", "Under", "Over", "Despite", "Although", "Though", "However", "Still",
	"Meanwhile", "Also", "Even", "Only", "Just", "Yet", "So", "Not", "No", "Yes", "All",
	"Some", "Many", "Most", "Both", "Each", "Every", "Another", "Other", "Such", "What",
	"Who", "Whom", "Whose", "Which", "Why", "How", "Where", "There", "Here", "Now", "Then",
	"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "Editor", "Reporting", "Writing",
	"Additional", "Photo", "Video", "Read", "More", "Related", "Share", "Advertisement",
	"Breaking", "Update", "Updated", "Live", "Opinion", "Analysis", "Exclusive", "Watch",
)

// headWords end the names of organizations, outlets, places and things; a capitalised run
// that ends in one is of that class ("the Sunrise Brigade", "the Harbor Ledger", "Harbor
// Street", "the Meridian Summit"), whatever names stand before it.
var headWords = classes(map[headClass][]string{
	orgHead: {
		"Ministry", "Department", "Office", "Party", "Committee", "Council", "Commission",
		"Agency", "Administration", "Service", "Services", "Bureau", "Authority", "Board",
		"Institute", "University", "College", "School", "Academy", "Foundation", "Association",
		"Union", "Federation", "Organization", "Organisation", "Alliance", "Coalition", "Front",
		"Movement", "League", "Court", "Tribunal", "Parliament", "Assembly", "Congress",
		"Senate", "Chamber", "Cabinet", "Government", "Embassy", "Consulate", "Mission", "Bank",
		"Fund", "Company", "Corporation", "Corp", "Inc", "Ltd", "LLC", "Group", "Holdings",
		"Network", "Center", "Centre", "Army", "Navy", "Force", "Forces", "Guard", "Police",
		"Brigade", "Brigades", "Battalion", "Regiment", "Corps", "Command", "Fleet",
		"Airlines", "Airways", "Club", "Team", "Society", "Trust", "Caucus", "Secretariat",
		"Directorate", "Inspectorate", "Prosecutor's", "Unit",
	},
	mediaHead: {
		"News", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Daily", "Weekly",
		"Magazine", "Television", "TV", "Press", "Wire", "Broadcasting", "Broadcaster",
		"Chronicle", "Observer", "Telegraph", "Ledger", "Courier", "Dispatch", "Bulletin",
		"Newswire", "Review",
	},
	placeHead: {
		"Street", "Avenue", "Square", "Road", "Boulevard", "Bridge", "Region", "Province",
		"Oblast", "District", "County", "Island", "Islands", "River", "Sea", "Ocean", "Lake",
		"Mountains", "Valley", "Strait", "Gulf", "Bay", "Peninsula", "Airport", "Port",
		"Harbor", "Harbour", "Canal", "Desert", "Coast", "Plateau", "Heights",
	},
	thingHead: {
		"Summit", "Conference", "Forum", "Talks", "Memorandum", "Agreement", "Accord", "Accords",
		"Treaty", "Plan", "Act", "Article", "Charter", "Convention", "Declaration", "Protocol",
		"Doctrine", "Resolution", "Bill", "Law", "War", "Revolution", "Olympics", "Games",
		"Cup", "Prize", "Award", "Palace", "Castle", "Hall", "Tower", "Building", "Hotel",
		"Hospital", "Church", "Cathedral", "Mosque", "Temple", "Museum", "Library", "Stadium",
		"Park", "Prison", "Base", "Station", "Festival", "Day", "Week", "Index", "Exchange",
		"Market", "Initiative", "Program", "Programme", "Project", "Strategy", "Report",
	},
})

// leadingHeads begin names whose complement follows: "Ministry of Water Resources",
// "Committee on Foreign Relations", "Radio Meridian".
var leadingHeads = classes(map[headClass][]string{
	orgHead: {
		"Ministry", "Department", "Office", "Committee", "Council", "Commission", "Bank",
		"Institute", "University", "Court", "Bureau", "Agency", "Federation", "Union",
		"Association", "Organization", "Organisation", "Army", "Party", "Assembly", "Centre",
		"Center", "Foundation", "School", "College", "Academy",
	},
	mediaHead: {"Radio"},
})

// connectors join the words of a name that a leading head begins.
var connectors = set("of", "for", "on", "the")

// sayingVerbs next to a capitalised run mark it as a person: "Kovalenko said", "said X".
var sayingVerbs = set(
	"said", "says", "told", "added", "wrote", "noted", "argued", "warned", "stated",
	"explained", "insisted", "acknowledged", "confirmed", "denied", "tweeted", "posted",
	"declared", "announced", "replied", "recalled", "urged", "stressed", "asked",
)

// opinionVerbs make a comment on the actor their complement clause is about, as the verbs
// of saying do ("A allowed that B isn't ...", "A believes B can cope"), but do not mark a
// quotation's speaker.
var opinionVerbs = set(
	"allow", "allows", "allowed", "concede", "concedes", "conceded", "admit", "admits", "admitted",
	"indicate", "indicates", "indicated", "believe", "believes", "believed", "suggest", "suggests",
	"suggested", "claim", "claims", "claimed", "assert", "asserts", "asserted", "maintain",
	"maintains", "maintained", "contend", "contends", "contended", "hope", "hopes", "hoped",
	"fear", "fears", "feared", "think", "thinks", "thought",
)

// smallWords are not counted when deciding whether a sentence is in headline case.
var smallWords = set("a", "an", "as", "at", "by", "in", "is", "or", "to", "up", "vs", "with", "from", "into", "over", "after")

func classes(m map[headClass][]string) map[string]headClass {
	out := map[string]headClass{}
	for c, words := range m {
		for _, w := range words {
			if old, ok := out[w]; ok && old != c {
				panic("extract: head word " + w + " in two classes")
			}
			out[w] = c
		}
	}
	return out
}

// locatives are prepositions that introduce a place; a capital after one with no other sign
// of its country in the document is a venue ("a summit in Stockholm"), not a government.
var locatives = set("in", "at", "from", "to", "near", "outside", "via", "into", "across", "around")

// governmentHeads are nouns that turn a leader's name into their government: "the Trump
// administration".
var governmentHeads = set("administration", "government", "cabinet", "regime")

// qualifiers stand between an employer and a title without breaking the link: "Orlesia's top
// commander", "Norvanian opposition leader", "the government's deputy spokesperson".
var qualifiers = set(
	"top", "former", "deputy", "acting", "senior", "chief", "new", "outgoing", "incoming",
	"interim", "first", "longtime", "veteran", "opposition", "government", "military", "army",
	"navy", "naval", "national", "security", "foreign", "defence", "defense", "presidential",
	"prime", "vice", "assistant", "associate", "special", "lead", "head", "leading", "then",
	"powerful", "influential", "hardline", "moderate", "conservative", "liberal", "centrist",
	"nationalist", "populist", "ruling", "main", "state", "regional", "provincial", "federal",
	"finance", "economy", "trade", "energy", "health", "interior", "justice", "labour", "labor",
	"education", "agriculture", "transport", "environment", "culture", "digital", "budget",
)

// lowerPlaceHeads after a capitalised run make it a place: "Alta Mesa province".
var lowerPlaceHeads = set("province", "region", "district", "oblast", "county", "governorate", "prefecture", "municipality", "city", "village", "town", "island", "river", "valley", "border", "area")

// prepositions before a capitalised run make it a complement, never the subject of a verb of
// saying: "the mayor of San Cristóbal del Lago said".
var prepositions = set("of", "in", "at", "from", "for", "to", "with", "by", "near", "on", "into", "across", "against", "outside")

// compass words qualify a country without making a new name: "Eastern Ukraine".
var compass = set("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
	"Central", "Northeastern", "Northwestern", "Southeastern", "Southwestern", "Occupied", "Greater")
