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
	"October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
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

// organizationWords end or mark the names of organizations, places, events and documents;
// a capitalised run holding one is not a personal name.
var organizationWords = set(
	"Ministry", "Department", "Office", "Party", "Committee", "Council", "Commission",
	"Agency", "Administration", "Service", "Services", "Bureau", "Authority", "Board",
	"Institute", "University", "College", "School", "Academy", "Foundation", "Association",
	"Union", "Federation", "Organization", "Organisation", "Alliance", "Coalition", "Front",
	"Movement", "League", "Court", "Tribunal", "Parliament", "Assembly", "Congress", "Senate",
	"House", "Chamber", "Cabinet", "Government", "Embassy", "Consulate", "Mission", "Bank",
	"Fund", "Company", "Corporation", "Corp", "Inc", "Ltd", "LLC", "Group", "Holdings",
	"Forum", "Summit", "Conference", "Platform", "Network", "Center", "Centre", "Project",
	"Program", "Programme", "Initiative", "Army", "Navy", "Force", "Forces", "Guard", "Police",
	"Brigade", "Battalion", "Regiment", "Corps", "Command", "Fleet", "Airlines", "Airways",
	"News", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Daily", "Weekly",
	"Magazine", "Radio", "Television", "TV", "Press", "Media", "Channel", "Street", "Avenue",
	"Square", "Road", "Bridge", "Region", "Province", "Oblast", "District", "County", "State",
	"States", "Republic", "Kingdom", "Island", "Islands", "River", "Sea", "Ocean", "Lake",
	"Mountains", "Valley", "Strait", "Gulf", "Bay", "Peninsula", "Airport", "Port",
	"Memorandum", "Agreement", "Accord", "Accords", "Treaty", "Plan", "Act", "Article",
	"Charter", "Convention", "Declaration", "Protocol", "Doctrine", "Resolution", "Bill",
	"War", "Revolution", "Olympics", "Games", "Cup", "Prize", "Award", "Palace", "Castle",
	"Hall", "Tower", "Building", "Hotel", "Hospital", "Church", "Cathedral", "Mosque",
	"Temple", "Museum", "Library", "Stadium", "Park", "Prison", "Base", "Station",
	"Social", "Media", "Telegram", "Group", "Club", "Team", "Index", "Exchange", "Market",
	"East", "West", "North", "South", "Middle", "Central", "Eastern", "Western", "Northern",
	"Southern",
)

// locatives are prepositions that introduce a place; a capital after one with no other sign
// of its country in the document is a venue ("a summit in Stockholm"), not a government.
var locatives = set("in", "at", "from", "to", "near", "outside", "via", "into", "across", "around")

// governmentHeads are nouns that turn a leader's name into their government: "the Trump
// administration".
var governmentHeads = set("administration", "government", "cabinet", "regime")
