namespace Triangulate.Text;

/// <summary>Abbreviations that take a period. Two classes matter to the sentence splitter: titles and other
/// abbreviations that are never sentence-final ("Mr.", "Gen.", "Sept."), and those that often end a sentence
/// ("U.S.", "Inc.", "a.m."), where the next word decides.</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Mx", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Cmdr", "Adm",
        "Brig", "Gov", "Sen", "Rep", "Reps", "Sens", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "Fr", "Sr", "Jr", "Atty", "Amb",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
        "St", "Ste", "Mt", "Ft", "Ave", "Blvd", "Rd", "vs", "cf", "approx", "est", "Dept", "Univ", "Gov't", "Calif", "Fla",
        "Ariz", "Colo", "Conn", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
        "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Ala", "Ark", "Del", "Ga",
    };

    private static readonly HashSet<string> OftenFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Corp", "Co", "Ltd", "Bros", "etc", "Jr", "Sr", "No", "Nos", "al",
    };

    /// <summary>True when <paramref name="word"/> followed by '.' forms an abbreviation token.</summary>
    public static bool TakesPeriod(ReadOnlySpan<char> word)
    {
        var lookup = NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>();
        var lookup2 = OftenFinal.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word) || lookup2.Contains(word);
    }

    /// <summary>True when the abbreviation (without its period) never ends a sentence.</summary>
    public static bool IsNeverFinal(ReadOnlySpan<char> word)
        => NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !OftenFinal.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
