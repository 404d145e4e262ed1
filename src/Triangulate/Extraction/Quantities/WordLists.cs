namespace Triangulate.Extraction.Quantities;

/// <summary>Closed-class English words and small lexicons the quantity and time extractors share.</summary>
internal static class WordLists
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    /// <summary>Words that end a noun phrase after a number: function words, auxiliaries and frequent verbs.</summary>
    public static readonly HashSet<string> NounPhraseStop = Set(
        "a", "an", "the", "this", "that", "these", "those", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at",
        "to", "for", "from", "by", "with", "without", "into", "onto", "over", "under", "about", "above", "below", "after",
        "before", "since", "until", "till", "during", "through", "across", "against", "among", "between", "behind",
        "beyond", "near", "off", "out", "up", "down", "via", "per", "than", "as", "like", "unlike", "including", "except",
        "while", "when", "where", "who", "whom", "whose", "which", "what", "why", "how", "if", "whether", "because",
        "although", "though", "unless", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
        "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no",
        "it", "its", "he", "she", "they", "them", "their", "his", "her", "we", "our", "you", "your", "i", "me", "my",
        "said", "says", "say", "told", "according", "each", "every", "all", "both", "more", "less", "most", "least",
        "also", "only", "just", "even", "still", "already", "now", "then", "there", "here", "again", "ago", "earlier",
        "later", "away", "back", "too", "very", "some", "any", "other", "another", "such", "own", "same", "next", "last",
        "per", "whereas", "either", "neither", "around", "toward", "towards", "within", "upon", "amid", "amongst",
        "died", "killed", "fled", "left", "went", "came", "arrived", "remain", "remained", "remains", "took", "made",
        "got", "gave", "saw", "moved", "live", "lived", "work", "worked", "died", "lost", "won", "were", "set", "put",
        "become", "became", "stay", "stayed", "face", "faced", "need", "needed", "get", "make", "take", "go", "see",
        "included", "includes", "include", "joined", "held", "helped", "worth", "apiece", "each", "total", "alone",
        "altogether", "combined", "respectively", "annually", "today", "yesterday", "tomorrow", "tonight", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "last", "old", "ago", "later",
        "higher", "lower", "up", "down", "more", "fewer", "less", "overall", "worldwide", "nationwide", "abroad");

    /// <summary>Irregular plural and mass nouns that head counted phrases ("13 people").</summary>
    public static readonly HashSet<string> PluralNouns = Set(
        "people", "men", "women", "children", "police", "staff", "personnel", "cattle", "feet", "teeth", "mice", "geese",
        "sheep", "deer", "fish", "aircraft", "crew", "troops", "media", "data", "criteria", "phenomena", "youth",
        "civilians", "infantry", "livestock", "offspring", "series", "species");

    public static readonly HashSet<string> Months = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    public static readonly HashSet<string> Weekdays = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun");

    /// <summary>Words before a year ("in 2019", "since 1985").</summary>
    public static readonly HashSet<string> YearPrepositions = Set(
        "in", "since", "by", "until", "till", "from", "of", "before", "after", "during", "through", "the", "for", "and",
        "to", "between", "early", "late", "mid", "circa", "around", "throughout", "spring", "summer", "autumn", "fall",
        "winter", "year", "season", "fiscal", "'s", "of", "election", "cup", "class", "model", "vintage");

    /// <summary>Increase and decrease verbs ("rose 5%", "fell by 2 points", "doubled to 3,000").</summary>
    public static readonly HashSet<string> IncreaseWords = Set(
        "up", "rose", "rise", "rises", "risen", "rising", "increase", "increased", "increases", "increasing", "gain",
        "gained", "gains", "gaining", "climb", "climbed", "climbs", "climbing", "jump", "jumped", "jumps", "jumping",
        "surge", "surged", "surges", "surging", "soar", "soared", "soars", "soaring", "grew", "grow", "grows", "growing",
        "grown", "advance", "advanced", "advances", "advancing", "rallied", "rally", "rallies", "added",
        "doubled", "tripled", "trebled", "quadrupled", "boosted", "raised", "expanded", "spiked", "spiking", "leapt",
        "leaped", "higher", "hiked", "lifted", "swelled", "ballooned", "accelerated", "improved", "widened");

    public static readonly HashSet<string> DecreaseWords = Set(
        "down", "fell", "fall", "falls", "falling", "fallen", "drop", "dropped", "drops", "dropping", "decline",
        "declined", "declines", "declining", "decrease", "decreased", "decreases", "decreasing", "slip", "slipped",
        "slips", "slipping", "slid", "slide", "slides", "sliding", "plunge", "plunged", "plunges", "plunging",
        "plummet", "plummeted", "plummets", "plummeting", "tumble", "tumbled", "tumbles", "tumbling", "sank", "sink",
        "sinks", "sinking", "shed", "sheds", "lost", "lose", "loses", "losing", "cut", "cuts", "reduced", "lowered",
        "shrank", "shrink", "shrinks", "shrunk", "contracted", "slumped", "slump", "slumps", "dipped", "dip", "dips",
        "eased", "eases", "retreated", "slashed", "halved", "narrowed", "lower", "crashed", "dove", "dived", "sagged");
}
