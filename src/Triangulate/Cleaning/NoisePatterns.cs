namespace Triangulate.Cleaning;

/// <summary>Regex pieces and small text measures shared by the detectors.</summary>
internal static class NoisePatterns
{
    public const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
    public const string Weekday = @"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";

    /// <summary>Photo agencies and picture desks whose names make up credits.</summary>
    public const string Agency =
        @"(?:AP(?:\s+Photo)?|AFP|Reuters|REUTERS|EPA(?:-EFE)?|EFE|Getty(?:\s+Images)?|Xinhua|Yonhap|KCNA(?:\s+via\s+KNS)?|KNS|Sputnik|TASS|Tass|Bloomberg|Shutterstock|Alamy(?:\s+Stock\s+Photo)?|PA(?:\s+(?:Media|Wire|Images))?|Anadolu(?:\s+Agency)?|NurPhoto|SOPA\s+Images|ZUMA(?:\s+Press)?|Zuma(?:\s+Press)?|Pool|POOL|UPI|dpa|DPA|ANP|ANSA|Kyodo|Jiji(?:\s+Press)?|Imago|IMAGO|Associated\s+Press|ASSOCIATED\s+PRESS|The\s+Associated\s+Press|Handout|HANDOUT|Courtesy(?:\s+of\s+[^()/]{1,40})?|Wikimedia\s+Commons|Flickr|Image\s+source|Sipa(?:\s+USA)?|SIPA|Abaca|ABACA|Redux|Polaris|Corbis|iStock(?:photo)?|Ritzau\s+Scanpix|Scanpix|TT|NTB|Reuters\s+Connect)";

    /// <summary>A person's or an organisation's name as credits and bylines write it: capitalised words,
    /// initials, particles (van, de, bin), hyphens and apostrophes.</summary>
    public const string Name = @"\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+(?:(?:van|von|de|der|den|da|di|du|del|la|le|bin|al|el|ibn|y)\s+)?\p{Lu}[\p{L}\p{M}.'’\-]*){0,4}";

    public static int WordCount(string s)
    {
        var n = 0; var inWord = false;
        foreach (var c in s)
        {
            var w = !char.IsWhiteSpace(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    private static readonly HashSet<string> Minor = new(StringComparer.OrdinalIgnoreCase)
    { "a", "an", "the", "and", "but", "or", "nor", "for", "of", "on", "in", "at", "to", "by", "up", "as", "is", "vs", "via", "from", "with", "into", "over", "after", "amid", "than", "its" };

    /// <summary>Share of non-minor words that start with a capital letter (headline style → near 1).</summary>
    public static double TitleCaseRatio(string s)
    {
        int words = 0, caps = 0;
        foreach (var raw in s.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Trim('"', '\'', '“', '”', '‘', '’', '(', ')', ',', ':', ';', '.', '?', '!', '-', '—', '–');
            if (w.Length == 0 || !char.IsLetter(w[0]) || Minor.Contains(w)) continue;
            words++;
            if (char.IsUpper(w[0])) caps++;
        }
        return words == 0 ? 0 : (double)caps / words;
    }

    /// <summary>Last character that is not a closing quote or bracket ("said.”" ends with '.').</summary>
    public static char FinalMark(string s)
    {
        for (var i = s.Length - 1; i >= 0; i--)
            if (s[i] is not ('"' or '”' or '’' or '\'' or ')' or ']' or '»')) return s[i];
        return '\0';
    }

    public static bool HasQuotation(string s) => s.IndexOfAny(['"', '“', '”', '«', '»']) >= 0;
}
