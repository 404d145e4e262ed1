namespace Triangulate.Extraction.Quantities;

internal enum UnitKind { Measure, Percent, Currency, Age, Times }

/// <summary>A unit as written after (or, for currencies, before) a number. <see cref="Name"/> is the contract's
/// unit (ISO 4217 codes for money, singular names otherwise); <see cref="Normalized"/> the unit name the
/// NewsQuant / CQE annotation uses (lower case, singular), for evaluation.</summary>
internal sealed record UnitEntry(string[] Surface, string Name, string Normalized, UnitKind Kind, bool CaseSensitive = false, bool NeedsAttachment = false, bool LowerOnly = false);

internal static class UnitLexicon
{
    /// <summary>Currency codes to the names the CQE unit list uses.</summary>
    public static readonly Dictionary<string, string> CurrencyNames = new(StringComparer.Ordinal)
    {
        ["USD"] = "dollar", ["AUD"] = "australian dollar", ["CAD"] = "canadian dollar", ["HKD"] = "hong kong dollar",
        ["NZD"] = "new zealand dollar", ["SGD"] = "singapore dollar", ["GBP"] = "pound sterling", ["EUR"] = "euro",
        ["JPY"] = "japanese yen", ["CNY"] = "chinese yuan", ["INR"] = "indian rupee", ["KRW"] = "south korean won",
        ["RUB"] = "russian ruble", ["ILS"] = "shekel", ["MYR"] = "malaysian ringgit", ["DKK"] = "danish krone",
        ["SEK"] = "swedish krona", ["NOK"] = "norwegian krone", ["CHF"] = "swiss franc", ["BRL"] = "brazilian real",
        ["UAH"] = "ukrainian hryvnia", ["ZAR"] = "south african rand", ["MXN"] = "mexican peso", ["TRY"] = "turkish lira",
        ["BTC"] = "bitcoin", ["cent"] = "cent", ["penny"] = "penny", ["sen"] = "sen",
    };

    /// <summary>Currency signs and codes written before the number ("$", "US$", "£", "EUR").</summary>
    public static readonly (string[] Surface, string Code)[] Prefixes =
    [
        (["us", "$"], "USD"), (["u.s.", "$"], "USD"), (["a", "$"], "AUD"), (["au", "$"], "AUD"), (["c", "$"], "CAD"),
        (["ca", "$"], "CAD"), (["hk", "$"], "HKD"), (["nz", "$"], "NZD"), (["s", "$"], "SGD"), (["r", "$"], "BRL"),
        (["$", "us"], "USD"), (["$", "a"], "AUD"), (["$", "au"], "AUD"), (["$", "c"], "CAD"), (["$", "nz"], "NZD"),
        (["$", "hk"], "HKD"), (["$", "s"], "SGD"), (["y", "="], "JPY"),
        (["$"], "USD"), (["£"], "GBP"), (["€"], "EUR"), (["¥"], "JPY"), (["₹"], "INR"), (["₩"], "KRW"), (["₽"], "RUB"),
        (["₪"], "ILS"), (["₴"], "UAH"), (["usd"], "USD"), (["eur"], "EUR"), (["gbp"], "GBP"), (["aud"], "AUD"),
        (["cad"], "CAD"), (["jpy"], "JPY"), (["cny"], "CNY"), (["rmb"], "CNY"), (["chf"], "CHF"), (["inr"], "INR"),
        (["rs"], "INR"), (["rs", "."], "INR"), (["rm"], "MYR"),
        // "£" becomes "PS" in text that went through a lossy ASCII transliteration (common in scraped news).
        (["ps"], "GBP"),
    ];

    private static readonly UnitEntry[] Entries = Build();

    private static readonly Dictionary<string, UnitEntry[]> ByFirst = Entries
        .GroupBy(e => e.Surface[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Surface.Length).ToArray(), StringComparer.Ordinal);

    private static UnitEntry[] Build()
    {
        var list = new List<UnitEntry>();
        void M(string name, string norm, UnitKind kind, params string[] surfaces)
        {
            foreach (var s in surfaces) list.Add(new UnitEntry(Split(s), name, norm, kind));
        }
        void Attached(string name, string norm, UnitKind kind, params string[] surfaces)
        {
            // Short symbols that are also ordinary words ("m", "in", "g", "C") count only right after digits.
            foreach (var s in surfaces) list.Add(new UnitEntry(Split(s), name, norm, kind, CaseSensitive: false, NeedsAttachment: true));
        }
        void Exact(string name, string norm, UnitKind kind, params string[] surfaces)
        {
            foreach (var s in surfaces) list.Add(new UnitEntry(Split(s), name, norm, kind, CaseSensitive: true));
        }

        M("percent", "percentage", UnitKind.Percent, "%", "percent", "per cent", "pct", "per-cent", "percentage");
        Attached("percent", "percentage", UnitKind.Percent, "pc");
        M("percentage point", "percentage point", UnitKind.Measure, "percentage points", "percentage point", "percent points", "per cent points");
        M("basis point", "basis point", UnitKind.Measure, "basis points", "basis point", "bps", "bp");
        M("point", "point", UnitKind.Measure, "points", "point", "pts");

        // Money written after the number.
        M("USD", "dollar", UnitKind.Currency, "dollars", "dollar", "us dollars", "u.s. dollars", "american dollars", "usd", "bucks", "$");
        M("AUD", "australian dollar", UnitKind.Currency, "australian dollars", "aussie dollars", "aud");
        M("CAD", "canadian dollar", UnitKind.Currency, "canadian dollars", "cad");
        M("HKD", "hong kong dollar", UnitKind.Currency, "hong kong dollars", "hkd");
        M("NZD", "new zealand dollar", UnitKind.Currency, "new zealand dollars", "nzd");
        M("SGD", "singapore dollar", UnitKind.Currency, "singapore dollars", "sgd");
        M("EUR", "euro", UnitKind.Currency, "euros", "euro", "eur", "€");
        M("GBP", "pound sterling", UnitKind.Currency, "pounds sterling", "pound sterling", "sterling", "gbp", "british pounds");
        M("JPY", "japanese yen", UnitKind.Currency, "yen", "jpy", "japanese yen");
        M("CNY", "chinese yuan", UnitKind.Currency, "yuan", "renminbi", "cny", "rmb");
        M("INR", "indian rupee", UnitKind.Currency, "rupees", "rupee", "inr");
        M("KRW", "south korean won", UnitKind.Currency, "korean won", "krw");
        M("RUB", "russian ruble", UnitKind.Currency, "rubles", "roubles", "ruble", "rouble", "rub");
        M("ILS", "shekel", UnitKind.Currency, "shekels", "shekel", "new shekels", "ils", "nis");
        M("MYR", "malaysian ringgit", UnitKind.Currency, "ringgit", "myr");
        M("DKK", "danish krone", UnitKind.Currency, "danish crowns", "danish kroner", "danish krone", "dkk");
        M("SEK", "swedish krona", UnitKind.Currency, "swedish crowns", "swedish kronor", "kronor", "sek");
        M("NOK", "norwegian krone", UnitKind.Currency, "norwegian crowns", "norwegian kroner", "nok");
        M("CHF", "swiss franc", UnitKind.Currency, "swiss francs", "francs", "chf");
        M("UAH", "ukrainian hryvnia", UnitKind.Currency, "hryvnias", "hryvnia", "hryvnias");
        M("ZAR", "south african rand", UnitKind.Currency, "rand");
        M("MXN", "mexican peso", UnitKind.Currency, "mexican pesos");
        M("BTC", "bitcoin", UnitKind.Currency, "bitcoins", "bitcoin", "btc");
        M("cent", "cent", UnitKind.Currency, "cents", "cent");
        M("penny", "penny", UnitKind.Currency, "pence", "pennies", "penny");
        // Share prices in pence ("118.5p", "down 68 p"): NewsQuant's normalisation calls these points.
        list.Add(new UnitEntry(["p"], "penny", "point", UnitKind.Currency, LowerOnly: true));
        M("sen", "sen", UnitKind.Currency, "sen");

        // Length, area, volume.
        M("mile per hour", "mile per hour", UnitKind.Measure, "miles per hour", "mile per hour", "mph", "miles an hour");
        M("kilometre per hour", "kilometre per hour", UnitKind.Measure, "km/h", "kmh", "kph", "kilometres per hour", "kilometers per hour", "km per hour", "kilometres an hour", "kilometers an hour");
        M("mile per gallon", "mile per gallon", UnitKind.Measure, "mpg", "miles per gallon");
        M("mile", "mile", UnitKind.Measure, "miles", "mile", "mi");
        M("nautical mile", "nautical mile", UnitKind.Measure, "nautical miles", "nautical mile");
        M("kilometre", "kilometre", UnitKind.Measure, "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer");
        M("metre", "metre", UnitKind.Measure, "metres", "meters", "metre", "meter");
        Attached("metre", "metre", UnitKind.Measure, "m");
        M("centimetre", "centimetre", UnitKind.Measure, "cm", "centimetres", "centimeters", "centimetre", "centimeter");
        M("millimetre", "millimetre", UnitKind.Measure, "mm", "millimetres", "millimeters", "millimetre", "millimeter");
        M("micrometre", "micrometre", UnitKind.Measure, "micrometres", "micrometers", "microns", "micron", "µm", "μm");
        M("nanometre", "nanometre", UnitKind.Measure, "nanometres", "nanometers", "nanometre", "nanometer", "nm");
        M("foot", "foot", UnitKind.Measure, "feet", "foot", "ft");
        M("inch", "inch", UnitKind.Measure, "inches", "inch");
        Attached("inch", "inch", UnitKind.Measure, "in", "\"", "\u2033", "\u201d");
        M("yard", "yard", UnitKind.Measure, "yards", "yard", "yds", "yd");
        M("square foot", "square foot", UnitKind.Measure, "square feet", "square foot", "sq ft", "sq. ft", "sq. ft.", "sqft");
        M("square metre", "square metre", UnitKind.Measure, "square metres", "square meters", "square metre", "square meter", "sq m", "sqm", "m2", "m²");
        M("square kilometre", "square kilometre", UnitKind.Measure, "square kilometres", "square kilometers", "square kilometre", "square kilometer", "sq km", "km2", "km²");
        M("square mile", "square mile", UnitKind.Measure, "square miles", "square mile", "sq mi");
        M("hectare", "hectare", UnitKind.Measure, "hectares", "hectare", "ha");
        M("acre", "acre", UnitKind.Measure, "acres", "acre");
        M("cubic foot", "cubic foot", UnitKind.Measure, "cubic feet", "cubic foot");
        M("cubic metre", "cubic metre", UnitKind.Measure, "cubic metres", "cubic meters", "cubic metre", "cubic meter");
        M("litre", "litre", UnitKind.Measure, "litres", "liters", "litre", "liter");
        Attached("litre", "litre", UnitKind.Measure, "l");
        M("millilitre", "millilitre", UnitKind.Measure, "ml", "millilitres", "milliliters", "millilitre", "milliliter");
        M("gallon", "gallon", UnitKind.Measure, "gallons", "gallon");
        M("pint", "pint", UnitKind.Measure, "pints", "pint");
        M("quart", "quart", UnitKind.Measure, "quarts", "quart");
        M("barrel per day", "barrel per day", UnitKind.Measure, "barrels per day", "barrels a day", "bpd", "b/d", "barrel-a-day", "barrels-a-day", "barrel-per-day");
        M("barrel", "barrel", UnitKind.Measure, "barrels", "barrel", "bbl");
        M("light year", "light year", UnitKind.Measure, "light years", "light-years", "light year", "light-year");

        // Mass.
        M("kilogram", "kilogram", UnitKind.Measure, "kg", "kgs", "kilograms", "kilogrammes", "kilogram", "kilos", "kilo");
        M("gram", "gram", UnitKind.Measure, "grams", "grammes", "gram");
        list.Add(new UnitEntry(["g"], "gram", "gram", UnitKind.Measure, NeedsAttachment: true, LowerOnly: true));
        M("milligram", "milligram", UnitKind.Measure, "mg", "milligrams", "milligram");
        M("microgram", "microgram", UnitKind.Measure, "micrograms", "µg", "mcg");
        M("pound-mass", "pound-mass", UnitKind.Measure, "lb", "lbs", "pounds", "pound");
        M("tonne", "tonne", UnitKind.Measure, "tonnes", "tons", "tonne", "ton", "metric tons", "metric tonnes");
        M("ounce", "ounce", UnitKind.Measure, "ounces", "ounce", "oz");
        M("carat", "carat", UnitKind.Measure, "carats", "carat");

        // Time (as a measure: "three years in prison", "for 90 days").
        M("second", "second", UnitKind.Measure, "seconds", "second", "secs", "sec");
        Attached("second", "second", UnitKind.Measure, "s");
        M("minute", "minute", UnitKind.Measure, "minutes", "minute", "mins", "min");
        M("hour", "hour", UnitKind.Measure, "hours", "hour", "hrs", "hr");
        Attached("hour", "hour", UnitKind.Measure, "h");
        M("day", "day", UnitKind.Measure, "days", "day");
        M("week", "week", UnitKind.Measure, "weeks", "week");
        M("month", "month", UnitKind.Measure, "months", "month");
        M("year", "year", UnitKind.Measure, "years", "year", "yrs", "yr");
        M("decade", "decade", UnitKind.Measure, "decades", "decade");
        M("century", "century", UnitKind.Measure, "centuries", "century");
        M("year of age", "year of age", UnitKind.Age, "year-old", "years-old", "years old", "year old", "-year-old", "- year - old");
        M("month of age", "month of age", UnitKind.Age, "month-old", "months-old", "months old", "month old");
        M("week of age", "week of age", UnitKind.Age, "week-old", "weeks-old", "weeks old");

        // Power, energy, engineering.
        M("kilowatt hour", "kilowatt hour", UnitKind.Measure, "kwh", "kilowatt hours", "kilowatt-hours", "kilowatt hour", "kilowatt-hour");
        M("megawatt hour", "megawatt hour", UnitKind.Measure, "mwh", "megawatt hours", "megawatt-hours");
        M("gigawatt hour", "gigawatt hour", UnitKind.Measure, "gwh", "gigawatt hours", "gigawatt-hours");
        M("terawatt hour", "terawatt hour", UnitKind.Measure, "twh", "terawatt hours", "terawatt-hours");
        M("watt", "watt", UnitKind.Measure, "watts", "watt", "w");
        M("kilowatt", "kilowatt", UnitKind.Measure, "kw", "kilowatts", "kilowatt");
        Exact("megawatt", "megawatt", UnitKind.Measure, "MW");
        M("megawatt", "megawatt", UnitKind.Measure, "megawatts", "megawatt");
        M("gigawatt", "gigawatt", UnitKind.Measure, "gw", "gigawatts", "gigawatt");
        M("horsepower", "horsepower", UnitKind.Measure, "hp", "horsepower", "ps");
        M("brake horsepower", "brake horsepower", UnitKind.Measure, "bhp", "brake horsepower");
        M("newton metre", "newton metre", UnitKind.Measure, "nm", "newton metres", "newton meters", "newton-metres");
        M("foot pound-force", "foot pound-force", UnitKind.Measure, "lb-ft", "lb ft", "lb - ft", "foot-pounds", "ft-lb");
        M("pound-foot", "pound-foot", UnitKind.Measure, "pound-feet", "pound-feet of torque", "pound feet");
        M("revolutions per minute", "revolutions per minute", UnitKind.Measure, "rpm", "revolutions per minute");
        M("milliampere-hour", "milliampere-hour", UnitKind.Measure, "mah");
        M("volt", "volt", UnitKind.Measure, "volts", "volt", "v");
        M("kilovolt", "kilovolt", UnitKind.Measure, "kv", "kilovolts");
        M("hertz", "hertz", UnitKind.Measure, "hz", "hertz");
        M("kilohertz", "kilohertz", UnitKind.Measure, "khz");
        M("megahertz", "megahertz", UnitKind.Measure, "mhz");
        M("gigahertz", "gigahertz", UnitKind.Measure, "ghz");
        M("decibel", "decibel", UnitKind.Measure, "db", "decibels", "decibel");
        M("kilobyte", "kilobyte", UnitKind.Measure, "kb", "kilobytes");
        M("megabyte", "megabyte", UnitKind.Measure, "mb", "megabytes");
        M("gigabyte", "gigabyte", UnitKind.Measure, "gb", "gigabytes");
        M("terabyte", "terabyte", UnitKind.Measure, "tb", "terabytes");
        M("megabit per second", "megabit per second", UnitKind.Measure, "mbps", "mb/s");
        M("gigabit per second", "gigabit per second", UnitKind.Measure, "gbps", "gb/s");
        M("megapixel", "megapixel", UnitKind.Measure, "mp", "megapixels", "megapixel");
        M("gigapascal", "gigapascal", UnitKind.Measure, "gpa", "gigapascals");
        M("parts-per-billion", "parts-per-billion", UnitKind.Measure, "ppb", "parts per billion");
        M("parts-per-million", "parts-per-million", UnitKind.Measure, "ppm", "parts per million");
        Exact("generation wireless", "generation wireless", UnitKind.Measure, "g");
        M("celsius", "celsius", UnitKind.Measure, "degrees celsius", "degree celsius", "°c", "° c", "celsius", "degrees centigrade");
        Exact("celsius", "celsius", UnitKind.Measure, "c");
        M("fahrenheit", "fahrenheit", UnitKind.Measure, "degrees fahrenheit", "degree fahrenheit", "°f", "° f", "fahrenheit");
        Exact("fahrenheit", "fahrenheit", UnitKind.Measure, "f");
        M("degree", "degree", UnitKind.Measure, "degrees", "degree", "°");
        M("kelvin", "kelvin", UnitKind.Measure, "kelvin");
        M("calorie", "calorie", UnitKind.Measure, "calories", "kcal");
        M("times", "count", UnitKind.Times, "times", "x", "fold", "-fold");
        return list.ToArray();
    }

    private static string[] Split(string surface)
        => Lexer.Lex(surface).Select(l => l.Lower).ToArray();

    /// <summary>The longest unit written at token <paramref name="k"/>; <paramref name="attached"/> says whether the
    /// token follows the digits with no space between ("54GB").</summary>
    public static bool TryMatch(List<Lex> t, int k, out UnitEntry entry, out int last)
    {
        entry = null!;
        last = -1;
        if (k >= t.Count) return false;
        if (!ByFirst.TryGetValue(t[k].Lower, out var candidates))
        {
            // "percent-owned", "mile-long": a unit as the first part of a hyphenated word.
            var dash = t[k].Lower.IndexOf('-');
            if (dash <= 0 || !ByFirst.TryGetValue(t[k].Lower[..dash], out var parts)) return false;
            foreach (var e in parts)
            {
                if (e.Surface.Length != 1 || e.NeedsAttachment || e.Surface[0].Length < 2 || e.Kind == UnitKind.Times) continue;
                entry = e; last = k; return true;
            }
            return false;
        }
        var attached = !t[k].SpaceBefore;
        foreach (var e in candidates)
        {
            if (k + e.Surface.Length > t.Count) continue;
            var ok = true;
            for (var j = 0; j < e.Surface.Length && ok; j++)
            {
                ok = t[k + j].Lower == e.Surface[j];
                // Multi-token symbols ("km/h", "lb-ft") must be written without inner spaces when they are symbols.
                if (ok && j > 0 && t[k + j].Kind == LexKind.Symbol && t[k + j].SpaceBefore && e.Surface[j] != "-") ok = false;
            }
            if (!ok) continue;
            if (e.NeedsAttachment && !attached) continue;
            if (e.LowerOnly && t[k].Text != t[k].Lower) continue;
            // "Nm" is torque (newton metres), "nm" nanometres.
            if (e.Name == "nanometre" && t[k].Text == "Nm" || e.Name == "newton metre" && t[k].Text != "Nm") continue;
            if (e.CaseSensitive && t[k].Text != t[k].Text.ToUpperInvariant()) continue;
            // Single letters as units only when attached to the digits ("5kW", "54GB", "5G").
            if (e.Surface.Length == 1 && e.Surface[0].Length == 1 && char.IsLetter(e.Surface[0][0]) && !attached && e.Surface[0] != "p"
                && !(t[k].Text is "W" or "V" && k + 1 < t.Count && t[k + 1].IsWord)) continue;
            // "x" as a multiplier only when attached to the digits ("10x") .
            // A unit word must end the word: "mi" inside "mid" cannot happen (whole tokens), but "in" before a noun
            // phrase is a preposition; attachment (checked above) settles that.
            entry = e;
            last = k + e.Surface.Length - 1;
            return true;
        }
        return false;
    }

    public static bool TryPrefix(List<Lex> t, int numberIndex, out string code, out int first)
    {
        code = "";
        first = numberIndex;
        foreach (var (surface, c) in Prefixes)
        {
            var start = numberIndex - surface.Length;
            if (start < 0) continue;
            var ok = true;
            for (var j = 0; j < surface.Length && ok; j++) ok = t[start + j].Lower == surface[j];
            if (!ok) continue;
            // Letters-only prefixes ("US", "RS", "PS", "RM", "EUR") must be upper case in the text; "PS" and single
            // letters must touch the number.
            var firstTok = t[start];
            if (firstTok.IsWord && firstTok.Text != firstTok.Text.ToUpperInvariant() && firstTok.Lower != "rs") continue;
            if (surface.Length == 1 && firstTok.IsWord && (firstTok.Lower is "ps" or "rm") && t[numberIndex].SpaceBefore) continue;
            if (surface.Length == 2 && surface[1] == "$" && t[start + 1].SpaceBefore && firstTok.Lower.Length == 1) continue;
            if (surface.Length == 2 && surface[0] is "$" or "y" && (t[start + 1].SpaceBefore || t[numberIndex].SpaceBefore)) continue;
            if (surface.Length == 2 && surface[0] == "$" && t[start + 1].Text != t[start + 1].Text.ToUpperInvariant()) continue;
            if (surface.Length == 2 && surface[0] == "y" && firstTok.Text != "Y") continue;
            code = c;
            first = start;
            return true;
        }
        return false;
    }
}
