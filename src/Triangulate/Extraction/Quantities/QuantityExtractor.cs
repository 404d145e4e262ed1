using Triangulate.Documents;

namespace Triangulate.Extraction.Quantities;

/// <summary>A quantity with what evaluation needs beyond the contract: the unit as the NewsQuant/CQE annotation
/// normalises it, and whether an increase or decrease names the new level ("rose to 7%") rather than the step
/// ("rose 7%").</summary>
public sealed record QuantityFinding(Quantity Quantity, string? NormalizedUnit, bool ChangeIsTarget);

/// <summary>
/// Finds amounts in running text: numbers in digits or words, with their scale, currency or unit, the thing
/// counted, qualifiers ("at least", "nearly"), ranges ("10,000 to 12,000"), vague amounts ("thousands") and how
/// the figure relates to an earlier one ("another 1,500", "doubled to 3,000").
/// Works on tokens from one linear lexer pass and fixed-size look-around, so it runs in linear time.
/// Dates, clock times, years, ordinals and identifiers ("iPhone 11", "XC40") are not quantities.
/// </summary>
public static class QuantityExtractor
{
    /// <summary>Quantities of <paramref name="text"/>[start..end).</summary>
    public static IReadOnlyList<Quantity> Extract(string text, int start = 0, int end = -1)
        => ExtractFindings(text, start, end).Select(f => f.Quantity).ToList();

    public static IReadOnlyList<QuantityFinding> ExtractFindings(string text, int start = 0, int end = -1)
    {
        var results = new List<QuantityFinding>();
        if (string.IsNullOrEmpty(text)) return results;
        var t = Lexer.Lex(text, start, end);
        var i = 0;
        while (i < t.Count)
        {
            int next;
            QuantityFinding? found;
            try
            {
                found = TryVague(text, t, i, out next) ?? TryNumber(text, t, i, out next);
            }
            catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidOperationException)
            {
                // Extractors never throw on odd text: skip the token.
                found = null; next = i + 1;
            }
            if (found is not null)
            {
                // "just under 296 hp (224 kW / 300 PS)", "more than 7.5 million crowns (US$1.1 million)": an equivalent in
                // parentheses carries the qualifier and change of the figure it restates.
                if (results.Count > 0 && found.Quantity.Qualifier is null && found.Quantity.Change is null && IsEquivalent(text, results[^1].Quantity, found.Quantity))
                {
                    var prevQ = results[^1];
                    found = found with { Quantity = found.Quantity with { Qualifier = prevQ.Quantity.Qualifier, Change = prevQ.Quantity.Change }, ChangeIsTarget = prevQ.ChangeIsTarget };
                }
                results.Add(found);
            }
            i = Math.Max(next, i + 1);
        }
        return results;
    }

    private static bool IsEquivalent(string text, Quantity previous, Quantity current)
    {
        if (current.Start < previous.End || current.Start - previous.End > 12) return false;
        var between = text.AsSpan(previous.End, current.Start - previous.End).Trim();
        return between is "(" or "/" or "( " || between.Length <= 2 && (between.IndexOf('(') >= 0 || between.IndexOf('/') >= 0);
    }

    // ---------------------------------------------------------------- vague amounts

    private static readonly Dictionary<string, double> VagueBases = new(StringComparer.Ordinal)
    {
        ["dozens"] = 12, ["hundreds"] = 100, ["thousands"] = 1e3, ["millions"] = 1e6, ["billions"] = 1e9,
        ["trillions"] = 1e12,
    };

    private static QuantityFinding? TryVague(string text, List<Lex> t, int i, out int next)
    {
        next = i + 1;
        var w = t[i].Lower;
        int last;
        string vague;
        if (w == "tens" && i + 2 < t.Count && t[i + 1].Is("of") && VagueBases.TryGetValue(t[i + 2].Lower, out _) && t[i + 2].Lower != "dozens")
        {
            last = i + 2; vague = "tens of " + t[i + 2].Lower;
        }
        else if (VagueBases.ContainsKey(w))
        {
            last = i; vague = w;
            if (i + 2 < t.Count && t[i + 1].Is("of") && VagueBases.TryGetValue(t[i + 2].Lower, out var b2) && b2 > VagueBases[w])
            {
                last = i + 2; vague = w + " of " + t[i + 2].Lower;
            }
        }
        else return null;
        // "the hundreds", "of hundreds" as a noun of measure still count; but a plural used as a noun modifier
        // ("thousands-strong") is rare enough to ignore.
        var q = new Quantity(t[i].Start, t[last].End, text[t[i].Start..t[last].End]) { Vague = vague };
        var k = last + 1;
        string? unit = null, normalized = null, about = null;
        Span? aboutSpan = null;
        UnitEntry? entry = null;
        if (k < t.Count && t[k].Is("of"))
        {
            if (k + 1 < t.Count && UnitLexicon.TryMatch(t, k + 1, out var e, out var ul) && e.Kind is UnitKind.Currency or UnitKind.Measure)
            {
                entry = e; unit = e.Name; normalized = e.Normalized;
                next = ul + 1;
            }
            else if (NounPhrase(t, k + 1, out var npFirst, out var npLast, out var head, false))
            {
                unit = t[head].Text; about = text[t[npFirst].Start..t[npLast].End];
                aboutSpan = new Span(t[npFirst].Start, t[npLast].End);
                normalized = NormalizeNounPhrase(t, npFirst, npLast, head);
                next = npLast + 1;
            }
        }
        else next = last + 1;
        if (entry is null && unit is null && !(k < t.Count && (t[k].Is("more") || t[k].Is("had") || t[k].Is("have") || t[k].Is("were") || t[k].Is("are") || t[k].Kind == LexKind.Symbol || t[k].Is("fled") || t[k].Is("died"))))
        {
            // "thousands" with nothing counted and no verb after it is usually not an amount ("in the thousands"
            // still is, but without a unit it carries little); keep only clear cases.
            if (!(i > 0 && (t[i - 1].Is("by") || t[i - 1].Is("the")))) return null;
        }
        q = q with { Unit = unit, About = about, AboutSpan = aboutSpan, Change = ChangeBefore(t, i, out var target) };
        next = Math.Max(next, last + 1);
        return new QuantityFinding(q, normalized, target);
    }

    // ---------------------------------------------------------------- numbers

    private static QuantityFinding? TryNumber(string text, List<Lex> t, int i, out int next)
    {
        next = i + 1;
        var tok = t[i];
        if (!tok.IsNumber && !tok.IsWord) return null;
        if (tok.IsWord && tok.Lower.IndexOf('-') > 0) return TryHyphenated(text, t, i, out next);
        var hasPrefix = UnitLexicon.TryPrefix(t, i, out var currency, out var first);
        if (!hasPrefix) first = i;
        var negative = false;
        string? signChange = null;
        if (tok.IsNumber && !hasPrefix && i > 0 && !tok.SpaceBefore)
        {
            var p = t[i - 1];
            if (p.Lower == "-" && i > 1 && t[i - 2].Is("minus")) { negative = true; first = i - 2; }
            else if (p.Lower == "-" && (p.SpaceBefore || i == 1) && !(i > 1 && (t[i - 2].IsNumber && !p.SpaceBefore || t[i - 2].IsWord && HasUpper(t[i - 2]))))
            { negative = true; first = i - 1; signChange = null; }
            else if (p.Text == "+" && (p.SpaceBefore || i == 1)) { signChange = "increase"; first = i - 1; }
        }
        else if (tok.IsNumber && !hasPrefix && i > 0 && t[i - 1].Is("minus")) { negative = true; first = i - 1; }
        if (!NumberParser.TryParse(t, i, allowShortScale: hasPrefix, out var n))
        {
            return TryFractionWord(text, t, i, out next);
        }
        next = n.Next;
        if (!tok.IsNumber && !AcceptNumberWord(t, n)) return null;
        if (tok.IsNumber && !negative && signChange is null && IsNotAQuantity(t, n, hasPrefix, first, out var skipTo)) { next = Math.Max(next, skipTo); return null; }

        double value = negative ? -n.Value : n.Value;
        double? max = null;
        var lastTok = n.Last;
        var secondFirstSeen = -1;

        // "400 million-year-old", "1.8 billion-mile": the scale and the unit share one hyphenated word.
        UnitEntry? glued = null;
        if (n.Last + 1 < t.Count && t[n.Last + 1].IsWord && t[n.Last + 1].Lower.IndexOf('-') > 0)
        {
            var word = t[n.Last + 1].Lower;
            var d = word.IndexOf('-');
            if (NumberParser.Scales.TryGetValue(word[..d], out var sc))
            {
                var rest = Lexer.Lex(word[(d + 1)..]);
                if (UnitLexicon.TryMatch(rest, 0, out var ge, out _) || rest.Count > 0 && word.EndsWith("-old", StringComparison.Ordinal) && UnitLexicon.TryMatch(rest, 0, out ge, out _))
                {
                    value *= sc; lastTok = n.Last + 1; glued = ge;
                }
                else
                {
                    // "1.2 million-strong army": the scale still applies; what is counted follows.
                    value *= sc; lastTok = n.Last + 1;
                }
            }
        }

        // "one out of three Germans": a proportion.
        if (lastTok + 3 < t.Count && t[lastTok + 1].Is("out") && t[lastTok + 2].Is("of")
            && NumberParser.TryParse(t, lastTok + 3, false, out var whole) && whole.Value > 0)
        {
            value /= whole.Value;
            lastTok = whole.Last;
        }

        // A unit right after the first number ("1 to 1.5 degrees" has none; "252 miles to 287 miles" has),
        // also hyphenated: "6.1-inch", "40-yard".
        UnitEntry? unit = glued;
        var unitLast = glued is null ? -1 : lastTok;
        if (unit is not null) { }
        else if (UnitLexicon.TryMatch(t, lastTok + 1, out var u1, out var u1Last) && AcceptUnit(t, n, u1, lastTok + 1, hasPrefix))
        {
            unit = u1; unitLast = u1Last;
        }
        else if (lastTok + 2 < t.Count && t[lastTok + 1].Lower == "-" && !t[lastTok + 1].SpaceBefore && !t[lastTok + 2].SpaceBefore
                 && t[lastTok + 2].IsWord && UnitLexicon.TryMatch(t, lastTok + 2, out var uh, out var uhLast))
        {
            unit = uh; unitLast = uhLast;
        }

        // Range: "10,000 to 12,000", "5-10W", "between $62 and $68", "1 to 1.5 degrees Celsius".
        var afterFirst = unitLast >= 0 ? unitLast + 1 : lastTok + 1;
        var firstUnit = hasPrefix ? currency : unit?.Name;
        if (TryRange(t, i, afterFirst, n, hasPrefix, firstUnit is not null, out var second, out var secondFirst, out var secondCode)
            && RangeUnitsAgree(t, second, firstUnit, secondCode))
        {
            var v2 = second.Value;
            // "1.2 to 1.5 million": the scale written once applies to both.
            if (!n.HasMultiplier && second.HasMultiplier && second.FromDigits && n.FromDigits)
            {
                var scale = ScaleOf(t, second);
                if (scale > 1 && value * scale <= v2 * 1.0001) value *= scale;
            }
            max = v2 == value ? null : v2;
            lastTok = second.Last;
            secondFirstSeen = secondFirst;
            unitLast = -1;
            if (UnitLexicon.TryMatch(t, lastTok + 1, out var u2, out var u2Last) && AcceptUnit(t, second, u2, lastTok + 1, hasPrefix || secondFirst < second.First))
            {
                if (unit is null || unit.Name == u2.Name) { unit = u2; unitLast = u2Last; }
            }
            else if (unit is not null && (unit.Kind == UnitKind.Percent))
            {
                // "5% to 7" keeps the first unit.
            }
        }

        var spanEnd = unitLast >= 0 ? t[unitLast].End : t[lastTok].End;
        // "43.4 percent-owned": the unit is the first part of a hyphenated word; the span stops at the hyphen.
        if (unitLast >= 0 && unit is not null && unit.Surface.Length == 1 && t[unitLast].Lower != unit.Surface[0] && t[unitLast].Lower.StartsWith(unit.Surface[0] + "-", StringComparison.Ordinal))
            spanEnd = t[unitLast].Start + unit.Surface[0].Length;
        var after = unitLast >= 0 ? unitLast + 1 : lastTok + 1;

        string? unitName = null, normalized = null, about = null;
        Span? aboutSpan = null;
        if (!hasPrefix && unit is null && max is not null && SecondPrefix(t, secondFirstSeen, out var code2))
        {
            hasPrefix = true; currency = code2;
        }
        if (hasPrefix)
        {
            unitName = currency;
            normalized = UnitLexicon.CurrencyNames.GetValueOrDefault(currency, currency.ToLowerInvariant());
            // "US $58.24 per barrel": a rate.
            if (unit is not null && unit.Kind == UnitKind.Currency) { unitName = unit.Name; normalized = unit.Normalized; spanEnd = t[unitLast].End; }
        }
        else if (unit is not null)
        {
            unitName = unit.Name;
            normalized = unit.Normalized;
        }

        // Rate: "per barrel", "a month", "/kg".
        if (unitName is not null && unit?.Kind != UnitKind.Percent && TryRate(t, after, out var rateName, out var rateNorm, out var rateLast))
        {
            unitName += " per " + rateName;
            normalized += " per " + rateNorm;
            spanEnd = t[rateLast].End;
            after = rateLast + 1;
        }

        // What is counted: "3,000 North Korean troops", "13,000 containers of artillery", "1,500 more troops".
        var change = ChangeBefore(t, first, out var changeIsTarget);
        var np = after;
        if (np < t.Count && (t[np].Is("more") || t[np].Is("additional") || t[np].Is("extra") || t[np].Is("further")) && unitName is null)
        {
            change ??= "additional";
            np++;
        }
        if (unitName is null || unit?.Kind == UnitKind.Times)
        {
            var ofThe = unitName is null && np + 2 < t.Count && t[np].Is("of") && t[np + 1].Lower is "the" or "his" or "her" or "its" or "their" or "our" or "my" or "your" or "these" or "those";
            if (ofThe) np += 2;
            if (unitName is null && NounPhrase(t, np, out var npFirst, out var npLast, out var head, value == 1 && max is null && !ofThe))
            {
                if (IsNameAfterNumber(t, max is null ? n : second, npFirst, head, ofThe) && !n.HasMultiplier) { next = npLast + 1; return null; }
                unitName = t[head].Lower == t[head].Text.ToLowerInvariant() && !t[head].IsCapitalized ? t[head].Text : t[head].Text;
                about = text[t[npFirst].Start..t[npLast].End];
                aboutSpan = new Span(t[npFirst].Start, t[npLast].End);
                normalized = NormalizeNounPhrase(t, npFirst, npLast, head);
                if (UnitLexicon.TryMatch(t, head, out var headUnit, out var headLast) && headLast == head && headUnit.Kind is UnitKind.Measure or UnitKind.Currency && !ofThe)
                {
                    unitName = headUnit.Name; normalized = headUnit.Normalized;
                }
                // "containers of artillery": the thing counted continues after "of".
                if (npLast + 2 < t.Count && t[npLast + 1].Is("of") && NounPhrase(t, npLast + 2, out _, out var ofLast, out _)
                    && ContainerNouns.Contains(t[head].Lower))
                {
                    about = text[t[npFirst].Start..t[ofLast].End];
                    aboutSpan = new Span(t[npFirst].Start, t[ofLast].End);
                }
                after = npLast + 1;
                // "three thousand tests per day".
                if (after + 1 < t.Count && t[after].Is("per") && UnitLexicon.TryMatch(t, after + 1, out var per, out _) && per.Kind == UnitKind.Measure)
                {
                    normalized += " per " + per.Normalized;
                    unitName += " per " + per.Name;
                }
            }
        }
        if (change is null && after < t.Count && t[after].Is("in") && after + 1 < t.Count && t[after + 1].Is("total")) change = "total";

        // Age: "a 50-year-old man", "aged 50".
        if (unitName is null && i > 0 && t[first - 1 >= 0 ? first - 1 : 0].Is("aged"))
        {
            unitName = "year of age"; normalized = "year of age";
        }

        var qualifier = QualifierBefore(t, first, out _);
        change ??= signChange;
        var q = new Quantity(t[first].Start, spanEnd, text[t[first].Start..spanEnd])
        {
            Value = value,
            Max = max,
            Unit = unitName,
            About = about,
            AboutSpan = aboutSpan,
            Qualifier = qualifier,
            Change = change,
        };
        next = Math.Max(next, lastTok + 1);
        if (unitLast >= 0) next = Math.Max(next, unitLast + 1);
        return new QuantityFinding(q, normalized, changeIsTarget);
    }

    private static readonly HashSet<string> ContainerNouns = new(StringComparer.Ordinal)
    {
        "containers", "boxes", "rounds", "shells", "tons", "tonnes", "barrels", "bags", "pieces", "units", "cases",
        "crates", "trucks", "truckloads", "loads", "cups", "bottles", "packs", "sets", "pairs", "kinds", "types",
        "batches", "shipments", "doses", "vials", "pounds", "gallons", "acres", "hectares", "litres", "liters",
    };

    private static double ScaleOf(List<Lex> t, ParsedNumber n)
    {
        for (var k = n.First + 1; k <= n.Last; k++)
            if (NumberParser.Scales.TryGetValue(t[k].Lower, out var s)) return s;
        return t[n.Last].Lower switch { "bn" or "b" => 1e9, "m" or "mn" or "mln" => 1e6, "k" => 1e3, "tn" or "trn" => 1e12, _ => 1 };
    }

    /// <summary>"half", "a third" only with a qualifier or "of" ("almost half of them", "a third of the budget").</summary>
    private static QuantityFinding? TryFractionWord(string text, List<Lex> t, int i, out int next)
    {
        next = i + 1;
        var k = i;
        if ((t[i].Is("a") || t[i].Is("one")) && i + 1 < t.Count && NumberParser.IsFractionWord(t[i + 1].Lower, out _) && t[i + 1].Lower is "third" or "quarter" or "half")
            k = i + 1;
        if (!NumberParser.IsFractionWord(t[k].Lower, out var v) || t[k].Lower.EndsWith('s')) return null;
        var qualifier = QualifierBefore(t, i, out _);
        var ofAfter = k + 1 < t.Count && t[k + 1].Is("of");
        if (qualifier is null && !(ofAfter && k > i)) return null;
        if (t[k].Lower == "quarter" && k == i) return null;
        next = k + 1;
        var q = new Quantity(t[i].Start, t[k].End, text[t[i].Start..t[k].End]) { Value = v, Qualifier = qualifier };
        return new QuantityFinding(q, null, false);
    }

    private static bool AcceptNumberWord(List<Lex> t, ParsedNumber n)
    {
        var w = t[n.First].Lower;
        var prev = n.First > 0 ? t[n.First - 1].Lower : "";
        var nextTok = n.Next < t.Count ? t[n.Next] : default;
        var nextLower = n.Next < t.Count ? nextTok.Lower : "";
        if (n.First == n.Last && w == "one")
        {
            // "one" as a pronoun: "each one", "the same one", "one another", "no one", "one day".
            if (prev is "each" or "the" or "this" or "that" or "no" or "any" or "every" or "same" or "which" or "only" or "someone" or "little" or "big" or "new" or "old" or "last" or "first" or "latest" or "right" or "wrong")
                return false;
            if (nextLower is "another" or "day" or "time" or "way" or "thing" or "'s" or "after" or "by") return false;
            if (n.Next < t.Count && nextTok.IsNumber) return false; // "one 52,000 barrel-a-day refinery"
            if (n.Next >= t.Count || nextTok.Kind == LexKind.Symbol && nextLower != "%") return false;
            if (WordLists.NounPhraseStop.Contains(nextLower) && nextLower != "of" && nextLower != "more" && nextLower != "or") return false;
            if (nextLower is "who" or "that" or "which") return false;
        }
        // Bare number words are quantities when followed by a noun, a unit, "of", or another number ("two or three").
        if (n.First == n.Last && w is "ten" or "two" or "three" && prev == "top" && nextLower == "") return false;
        // "dozen" alone after a number word is handled in the parser; "zero" is rarely an amount.
        if (w == "zero" && n.First == n.Last && !UnitLexicon.TryMatch(t, n.Next, out _, out _)) return false;
        return true;
    }

    /// <summary>Numbers that are dates, clock times, years, ordinals or parts of names and codes.</summary>
    private static bool IsNotAQuantity(List<Lex> t, ParsedNumber n, bool hasPrefix, int first, out int skipTo)
    {
        skipTo = n.Next;
        var tok = t[n.First];
        var prev = n.First > 0 ? t[n.First - 1] : default;
        var hasPrev = n.First > 0;
        var nx = n.Next < t.Count ? t[n.Next] : default;
        var hasNext = n.Next < t.Count;
        var scale = n.HasMultiplier;

        // Glued to letters before: "XC40", "A2", "M21", "G7", "COVID-19" (the hyphen case below).
        if (!hasPrefix && hasPrev && !tok.SpaceBefore && prev.IsWord) return true;
        if (!hasPrefix && hasPrev && !tok.SpaceBefore && prev.Lower == "-" && n.First >= 2 && t[n.First - 2].IsWord
            && (!prev.SpaceBefore || HasUpper(t[n.First - 2])) && !NumberParser.IsNumberWord(t[n.First - 2].Lower) && !t[n.First - 2].Is("minus")) return true;
        // "category 4 hurricane", "Game 7", "level 3", "Unit 3": a label, not an amount.
        if (hasPrev && prev.IsWord && LabelNouns.Contains(prev.Lower) && !UnitLexicon.TryMatch(t, n.Next, out _, out _)) return true;
        // "Jamie Armstrong, 25, said": an age in apposition.
        if (hasPrev && prev.Text == "," && n.First >= 2 && t[n.First - 2].IsCapitalized && hasNext && nx.Text == ","
            && tok.Text.Length <= 3 && tok.Text.IndexOf('.') < 0) return true;
        // "#5", "No. 1", "number 10".
        if (hasPrev && (prev.Text == "#" || prev.Lower == "no." || prev.Lower == "number" || prev.Lower == "nos" || prev.Lower == "no" && n.First + 0 < t.Count && t[n.First - 1].End < tok.Start && false)) return true;
        if (hasPrev && prev.Text == "." && n.First >= 2 && t[n.First - 2].Lower == "no") return true;

        if (!scale && hasNext && !nx.SpaceBefore)
        {
            // Ordinals "1st", "96th"; decades "1990s"; versions "1.2.3"; clock "10:27"; identifiers "9AB8".
            if (nx.IsWord && nx.Lower is "st" or "nd" or "rd" or "th" or "s" or "am" or "pm" or "a.m." or "p.m." or "hrs" or "gmt" or "utc" or "bst" or "est" or "edt" or "pst" or "pdt" or "cet" or "cest")
                return true;
            if (nx.Text == ":" && n.Next + 1 < t.Count && t[n.Next + 1].IsNumber) { skipTo = n.Next + 2; return true; }
            if (nx.Text == "." && n.Next + 1 < t.Count && t[n.Next + 1].IsNumber && !t[n.Next + 1].SpaceBefore) { skipTo = n.Next + 2; return true; }
            if (nx.Text == "/" && n.Next + 1 < t.Count && t[n.Next + 1].IsNumber) { skipTo = n.Next + 4; return true; }
            if (nx.IsWord && !UnitLexicon.TryMatch(t, n.Next, out _, out _) && !(nx.Lower is "x" or "fold")) return true;
        }
        // Clock times with a space: "5 pm", "10.45 a.m.".
        if (hasNext && nx.IsWord && nx.Lower is "am" or "pm" or "a.m." or "p.m." or "gmt" or "utc" or "hours" && nx.Lower != "hours") return true;
        if (hasNext && nx.IsWord && nx.Lower == "hours" && tok.Text.Length == 4 && tok.Text[0] is '0' or '1' or '2') return true; // "1400 hours"

        // ISO dates "2024-10-23" and numeric dates "10/23/2024".
        if (hasNext && nx.Lower is "-" or "/" && !nx.SpaceBefore && n.Next + 1 < t.Count && t[n.Next + 1].IsNumber && !t[n.Next + 1].SpaceBefore
            && n.Next + 3 < t.Count && t[n.Next + 2].Text == nx.Text && t[n.Next + 3].IsNumber)
        {
            skipTo = n.Next + 4; return true;
        }
        if (hasPrefix || scale) return false;

        var isInt = tok.Text.IndexOf('.') < 0 && tok.Text.IndexOf(',') < 0;
        var v = n.Value;
        // Days of the month: "October 23", "Oct. 23", "23 October", "the 23rd".
        if (isInt && v is >= 1 and <= 31)
        {
            if (hasPrev && WordLists.Months.Contains(prev.Lower) && !(prev.Lower == "may" && !prev.IsCapitalized)) return true;
            if (hasPrev && prev.Text == "." && n.First >= 2 && WordLists.Months.Contains(t[n.First - 2].Lower)) return true;
            if (hasNext && nx.IsWord && WordLists.Months.Contains(nx.Lower) && nx.IsCapitalized) return true;
            if (hasNext && nx.Lower == "of" && n.Next + 1 < t.Count && WordLists.Months.Contains(t[n.Next + 1].Lower) && t[n.Next + 1].IsCapitalized) return true;
        }
        // Years: four digits 1800-2100 without separators in date context or without a counted noun.
        if (isInt && tok.Text.Length == 4 && v is >= 1000 and <= 2200)
        {
            var prevIsYearWord = hasPrev && (WordLists.YearPrepositions.Contains(prev.Lower) || WordLists.Months.Contains(prev.Lower)
                                 || prev.Text is "," or "(" or "'" || prev.IsNumber);
            var strongYearWord = hasPrev && (prev.Lower is "in" or "since" or "by" or "until" or "till" or "before" or "after" or "during" or "through" or "early" or "late" or "mid" or "circa" or "throughout" or "between" or "from"
                                 || WordLists.Months.Contains(prev.Lower));
            var unitNext = UnitLexicon.TryMatch(t, n.Next, out var ue, out _) && ue.Kind is UnitKind.Measure or UnitKind.Currency or UnitKind.Percent && ue.Name != "second";
            var countNext = hasNext && nx.IsWord && LooksPlural(nx) && !nx.IsCapitalized;
            var recent = v is >= 1950 and <= 2050 && v % 100 != 0 && v % 50 != 0;
            var isYear = unitNext ? false
                : strongYearWord ? true
                : v is < 1800 or > 2100 ? false
                : prevIsYearWord && !countNext || !countNext || recent && !IsQualifierWord(prev.Lower);
            if (isYear)
            {
                // "2009-2010", "1950-53": skip the second year too.
                if (hasNext && nx.Lower is "-" or "/" && n.Next + 1 < t.Count && t[n.Next + 1].IsNumber) skipTo = n.Next + 2;
                if (hasNext && nx.Lower is "and" or "to" && n.Next + 1 < t.Count && t[n.Next + 1].IsNumber && t[n.Next + 1].Text.Length == 4) skipTo = n.Next + 2;
                return true;
            }
        }
        // Short years "'90s" are handled by the lexer as "'", "90", "s" and caught above by the "s" rule.
        // Names and models: "iPhone 11", "Big 12", "Channel 5", "S&P 500", "Windows 10" — a capitalised word right
        // before the number, and no unit or counted noun after it.
        if (hasPrev && prev.IsWord && HasUpper(prev) && first == n.First)
        {
            var prevLower = prev.Lower;
            var sentenceStart = n.First < 2 || t[n.First - 2].Text is "." or "!" or "?" or "\"" or "\u201c" or ":";
            var functional = WordLists.NounPhraseStop.Contains(prevLower) || IsQualifierWord(prevLower) || WordLists.Months.Contains(prevLower)
                             || WordLists.Weekdays.Contains(prevLower) || WordLists.IncreaseWords.Contains(prevLower) || WordLists.DecreaseWords.Contains(prevLower);
            if (!functional && !sentenceStart || !functional && sentenceStart && prev.Text.Length > 1 && prev.Text.Skip(1).Any(char.IsUpper))
            {
                var unitNext = UnitLexicon.TryMatch(t, n.Next, out var ue2, out _) && AcceptUnit(t, n, ue2, n.Next, false);
                var countNext = hasNext && nx.IsWord && LooksPlural(nx) && !nx.IsCapitalized;
                if (!unitNext && !countNext) return true;
            }
        }
        // Sports scores and similar "2-0" are ranges; nothing to skip here.
        return false;
    }

    private static bool HasUpper(Lex x) => x.Text.Any(char.IsUpper);

    private static readonly HashSet<string> LabelNouns = new(StringComparer.Ordinal)
    {
        "category", "level", "grade", "phase", "stage", "round", "game", "chapter", "section", "article", "page", "room",
        "unit", "floor", "gate", "flight", "route", "highway", "interstate", "version", "season", "episode", "class",
        "tier", "zone", "district", "platform", "lane", "row", "seat", "channel", "group", "division", "pool",
        "no", "no.", "number", "covid", "apollo", "model", "generation", "series", "paragraph", "clause", "amendment",
        "act", "title", "volume", "vol", "issue", "box", "suite", "apartment", "apt", "block", "plot", "terminal", "pier",
        "exit", "hole", "lap", "track", "item", "figure", "table", "verse",
    };

    private static bool IsQualifierWord(string w)
        => w is "about" or "around" or "some" or "nearly" or "almost" or "over" or "more" or "less" or "fewer" or "up"
            or "at" or "only" or "just" or "roughly" or "approximately" or "under" or "another" or "total" or "exactly";

    private static bool AcceptUnit(List<Lex> t, ParsedNumber n, UnitEntry u, int k, bool hasPrefix)
    {
        var tok = t[k];
        // "2 times" is a count; "3 in" needs attachment (lexicon); "m" after a currency is a scale, handled by the parser.
        if (u.Kind == UnitKind.Times && tok.Lower == "x" && tok.SpaceBefore) return false;
        if (u.Name == "pound-mass" && tok.Lower is "pounds" or "pound" && hasPrefix) return false;
        // "5 C" with a space is still Celsius only in weather text; require attachment or a degree sign for C/F.
        if (u.Name is "celsius" or "fahrenheit" && tok.Text.Length == 1 && tok.SpaceBefore) return false;
        // "one second" "a second" (ordinal) — "second" after a number word other than "one" is fine.
        if (u.Name == "second" && tok.Lower == "second" && t[n.First].Lower == "one") return true;
        // "in" as a unit would swallow prepositions; the lexicon already requires attachment.
        // Horsepower "PS" only in upper case.
        if (u.Name == "horsepower" && tok.Lower == "ps" && tok.Text != "PS") return false;
        if (u.Name is "point" && tok.Lower == "point" && t[n.First].IsWord) return true;
        // "nm" upper/lower: "Nm" is torque, "nm" nanometres: both in the lexicon; prefer case.
        if (u.Name == "newton metre" && tok.Text != "Nm") return false;
        if (u.Name == "nanometre" && tok.Text == "Nm") return false;
        return true;
    }

    private static bool TryRange(List<Lex> t, int i, int k, ParsedNumber n, bool hasPrefix, bool firstHasUnit,
        out ParsedNumber second, out int secondFirst, out string? secondCode)
    {
        second = default;
        secondFirst = -1;
        secondCode = null;
        if (k >= t.Count) return false;
        var before = FirstBefore(t, n.First);
        QualifierBefore(t, before, out var qualFirst);
        var between = before > 0 && t[before - 1].Is("between");
        var from = qualFirst > 0 && t[qualFirst - 1].Is("from");
        var conn = t[k];
        // "from $36,040 at 10.45pm last night to $34,935": with "from", the "to" may come a few words later.
        if (from && !(conn.Is("to") || conn.Lower == "-"))
        {
            for (var x = k + 1; x < t.Count && x <= k + 7; x++)
            {
                if (t[x].Text is "," or "." or ";" or ":" or "(" || t[x].Is("from")) break;
                if (t[x].IsNumber && !(t[x - 1].Is("in") && t[x].Text.Length == 4)) break;
                if (t[x].Is("to")) { k = x; conn = t[x]; break; }
            }
        }
        bool connOk = conn.Lower == "-" || conn.Is("to") || conn.Is("and") && between || conn.Is("or");
        if (!connOk) return false;
        // "by $43.6 billion to $419.2 billion", "rose 5% to 7%": a change and its new level, not a range.
        if (conn.Is("to") && firstHasUnit && !from && before > 0
            && (t[before - 1].Is("by") || WordLists.IncreaseWords.Contains(t[before - 1].Lower) || WordLists.DecreaseWords.Contains(t[before - 1].Lower))
            && !t[before - 1].Is("up")) return false;
        var j = k + 1;
        if (j < t.Count && UnitLexicon.TryPrefix(t, NextNumberIndex(t, j), out var code, out var pf) && pf == j)
        {
            // "$62 and $68": the second currency sign.
            secondCode = code;
            j = NextNumberIndex(t, j);
        }
        if (j >= t.Count) return false;
        if (!NumberParser.TryParse(t, j, hasPrefix || secondCode is not null, out second)) return false;
        if (t[j].IsWord && !t[n.First].IsWord && conn.Lower == "-") return false;
        if (conn.Is("or") && !(second.Value > n.Value && second.Value <= n.Value * 3 + 2 && second.FromDigits == n.FromDigits)) return false;
        if (second.FromDigits && t[j].Text.Length == 4 && second.Value is >= 1800 and <= 2100 && !hasPrefix && secondCode is null && n.Value is >= 1800 and <= 2100) return false;
        // A date or a clock time after "to" is not the end of a range ("to 5pm", "to March 3").
        if (second.Next < t.Count && !t[second.Next].SpaceBefore && t[second.Next].Lower is "am" or "pm" or "a.m." or "p.m." or ":" or "st" or "nd" or "rd" or "th") return false;
        secondFirst = secondCode is not null ? k + 1 : j;
        return true;
    }

    private static int NextNumberIndex(List<Lex> t, int j)
    {
        for (var x = j; x < t.Count && x <= j + 2; x++) if (t[x].IsNumber) return x;
        return j;
    }

    /// <summary>A range joins two figures of one kind: "110 JPY to 1 USD" or "9.4 per cent to $84" are two figures.</summary>
    private static bool RangeUnitsAgree(List<Lex> t, ParsedNumber second, string? firstUnit, string? secondCode)
    {
        string? secondUnit = secondCode;
        if (secondUnit is null && UnitLexicon.TryMatch(t, second.Next, out var u2, out _)) secondUnit = u2.Name;
        if (firstUnit is null || secondUnit is null) return true;
        return firstUnit == secondUnit;
    }

    private static bool SecondPrefix(List<Lex> t, int secondFirst, out string code)
    {
        code = "";
        if (secondFirst < 0) return false;
        return UnitLexicon.TryPrefix(t, NextNumberIndex(t, secondFirst), out code, out _);
    }

    /// <summary>"five-year", "six-cylinder", "two-month": a number word joined to its unit or counted noun.</summary>
    private static QuantityFinding? TryHyphenated(string text, List<Lex> t, int i, out int next)
    {
        next = i + 1;
        var w = t[i].Lower;
        var dash = w.IndexOf('-');
        var head = w[..dash];
        var rest = w[(dash + 1)..];
        if (rest.IndexOf('-') >= 0) rest = rest[..rest.IndexOf('-')];
        var single = Lexer.Lex(head);
        if (single.Count != 1 || !NumberParser.TryParse(single, 0, false, out var n) || n.Last != 0) return null;
        if (NumberParser.IsNumberWord(w)) return null; // "twenty-five" is read by the number parser
        if (head is "one" or "a") return null; // "one-time", "one-sided"
        var restTokens = Lexer.Lex(rest);
        string unitName, normalized;
        if (UnitLexicon.TryMatch(restTokens, 0, out var e, out var last) && last == 0 && e.Kind != UnitKind.Times)
        {
            // "a five-year award", "a two-month contract": a duration used as a modifier is the time extractor's.
            if (e.Name is "year" or "month" or "week" or "day" or "hour" or "minute" or "decade" && !w.EndsWith("-old", StringComparison.Ordinal)) return null;
            unitName = e.Name; normalized = e.Normalized;
            if (w.EndsWith("-old", StringComparison.Ordinal)) { unitName = e.Name + " of age"; normalized = unitName; }
        }
        else if (rest.Length > 2 && restTokens.Count == 1 && !WordLists.NounPhraseStop.Contains(rest))
        {
            unitName = rest; normalized = rest;
        }
        else return null;
        var q = new Quantity(t[i].Start, t[i].End, t[i].Text) { Value = n.Value, Unit = unitName, Qualifier = QualifierBefore(t, i, out _) };
        return new QuantityFinding(q, normalized, false);
    }

    /// <summary>"787 Dreamliner", "49 Zorro Ranch Road", "11 Pro Max": a number before a capitalised name that is
    /// not a plural count is part of a name or an address.</summary>
    private static bool IsNameAfterNumber(List<Lex> t, ParsedNumber n, int npFirst, int head, bool ofThe)
    {
        if (ofThe || npFirst != n.Next) return false;
        if (!t[npFirst].IsCapitalized) return false;
        // "1,307,000 Americans", "four FA Cup finals" count people and things; a singular name does not.
        return !LooksPlural(t[head]);
    }

    private static int FirstBefore(List<Lex> t, int numberIndex)
        => UnitLexicon.TryPrefix(t, numberIndex, out _, out var f) ? f : numberIndex;

    private static bool TryRate(List<Lex> t, int k, out string name, out string norm, out int last)
    {
        name = norm = ""; last = -1;
        if (k + 1 >= t.Count) return false;
        if (!(t[k].Is("per") || t[k].Is("a") || t[k].Is("an") || t[k].Text == "/" && !t[k].SpaceBefore || t[k].Is("each"))) return false;
        var j = k + 1;
        if (UnitLexicon.TryMatch(t, j, out var e, out var el))
        {
            if (t[k].Is("a") && e.Kind != UnitKind.Measure) return false;
            // "a year earlier", "a month ago" are times, not rates.
            if ((t[k].Is("a") || t[k].Is("an")) && el + 1 < t.Count && t[el + 1].Lower is "earlier" or "ago" or "later" or "before" or "after" or "prior" or "on" or "in" or "from") return false;
            name = e.Name; norm = e.Normalized; last = el; return true;
        }
        if (t[k].Is("per") && t[j].IsWord && !WordLists.NounPhraseStop.Contains(t[j].Lower))
        {
            // "per share", "per barrel", "per mmBTU", "per capita".
            name = t[j].Lower; norm = Singular(t[j].Lower); last = j;
            if (norm == "mmbtu") norm = "mega british thermal unit";
            return true;
        }
        return false;
    }

    /// <summary>A noun phrase right after a number: up to four words, ending at a function word, punctuation,
    /// an -ly adverb, or just after a plural head ("North Korean troops", "first-team players").</summary>
    private static bool NounPhrase(List<Lex> t, int k, out int first, out int last, out int head, bool singular = false)
    {
        first = k; last = -1; head = -1;
        var j = k;
        while (j < t.Count && j < k + 5)
        {
            var x = t[j];
            if (!x.IsWord) break;
            if (j > k && x.SpaceBefore == false) break;
            var w = x.Lower;
            if (w is "and" or "or" && j > k && j + 1 < t.Count && t[j + 1].IsWord && !WordLists.NounPhraseStop.Contains(t[j + 1].Lower)
                && !LooksPlural(t[j - 1]) && !t[j - 1].IsCapitalized && !singular) { j++; continue; }
            if (WordLists.NounPhraseStop.Contains(w) || w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 4 && w != "family" && w != "ally" && w != "supply"
                || NumberParser.IsNumberWord(w) || WordLists.Months.Contains(w) && x.IsCapitalized || WordLists.Weekdays.Contains(w) && x.IsCapitalized)
                break;
            // A verb ending in -ed or -ing right after the first word of the phrase usually starts the predicate.
            if (j > k && (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)) && LooksPlural(t[j - 1])) break;
            // After "one" the head is singular: "One proposal asks" ends before "asks".
            if (singular && j > k && LooksPlural(x)) break;
            // "digital and physical sales": a coordination of modifiers before the head.
            if (w is "and" or "or" && j > k && j + 1 < t.Count && t[j + 1].IsWord && !WordLists.NounPhraseStop.Contains(t[j + 1].Lower)
                && !LooksPlural(t[j - 1]) && !t[j - 1].IsCapitalized) { j++; continue; }
            last = j;
            if (LooksPlural(x) || WordLists.PluralNouns.Contains(w)) break;
            j++;
        }
        if (last < 0) return false;
        if (last == k && t[k].Text.Length < 2) return false; // a single letter is no counted thing
        // A phrase that never reaches a noun-like word ("5 very") is not kept; the last word is taken as head.
        head = last;
        // Starting with -ing/-ed alone ("3 killing") is a verb, not a counted thing.
        if (last == k && (t[k].Lower.EndsWith("ing", StringComparison.Ordinal) || t[k].Lower.EndsWith("ed", StringComparison.Ordinal)) && !WordLists.PluralNouns.Contains(t[k].Lower)) return false;
        return true;
    }

    internal static bool LooksPlural(Lex x)
    {
        if (!x.IsWord) return false;
        var w = x.Lower;
        if (WordLists.PluralNouns.Contains(w)) return true;
        if (w.Length < 3 || !w.EndsWith('s')) return false;
        return !(w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal)
                 || w.EndsWith("'s", StringComparison.Ordinal) || w is "was" or "has" or "its" or "this" or "his" or "hers" or "yes" or "plus" or "news" or "series");
    }

    /// <summary>The phrase as CQE normalises a counted unit: lower case, head noun in the singular.</summary>
    private static string NormalizeNounPhrase(List<Lex> t, int first, int last, int head)
    {
        var parts = new List<string>(last - first + 1);
        for (var k = first; k <= last; k++)
        {
            var w = t[k].Text;
            if (k != head && t[k].Lower.EndsWith("ed", StringComparison.Ordinal) && t[k].Lower.Length > 4) continue;
            if (t[k].Lower is "and" or "or") continue;
            // Proper plurals stay ("Americans"), but a capitalised head after lower-case modifiers is singularised
            // ("eight straight World Cups").
            if (k == head && (!t[k].IsCapitalized || !t[first].IsCapitalized)) w = Singular(t[k].Lower);
            w = t[k].Lower switch { "best" => "good", "worst" => "bad", "most" or "more" => "", _ => w };
            if (w.Length > 0) parts.Add(w);
        }
        return string.Join(' ', parts).ToLowerInvariant();
    }

    internal static string Singular(string w)
    {
        switch (w)
        {
            case "people": return "people";
            case "men": return "man";
            case "women": return "woman";
            case "children": return "child";
            case "feet": return "foot";
            case "teeth": return "tooth";
            case "mice": return "mouse";
            case "police": return "police";
            case "series": return "series";
            case "species": return "species";
        }
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3] + "y";
        if (w.Length > 4 && w.EndsWith("men", StringComparison.Ordinal)) return w[..^3] + "man";
        if (w.Length > 4 && (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("zes", StringComparison.Ordinal)))
            return w[..^2];
        if (w.Length > 4 && w.EndsWith("ses", StringComparison.Ordinal) && !w.EndsWith("uses", StringComparison.Ordinal)) return w[..^1];
        if (w.EndsWith("uses", StringComparison.Ordinal) && w.Length > 5) return w[..^2];
        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)) return w[..^1];
        return w;
    }

    // ---------------------------------------------------------------- qualifiers and changes

    private static readonly (string[] Words, string Qualifier)[] Qualifiers =
    [
        (["possibly", "up", "to"], "up to"), (["an", "average", "of"], "about"), (["average", "of"], "about"),
        (["averaged"], "about"), (["averaging"], "about"), (["averages"], "about"),
        (["as", "few", "as"], "at least"), (["as", "little", "as"], "at least"),
        (["up", "to"], "up to"), (["at", "most"], "up to"), (["no", "more", "than"], "up to"), (["a", "maximum", "of"], "up to"),
        (["at", "least"], "at least"), (["a", "minimum", "of"], "at least"), (["no", "fewer", "than"], "at least"), (["no", "less", "than"], "at least"),
        (["more", "than"], "more than"), (["over", "than"], "more than"), (["upwards", "of"], "more than"), (["in", "excess", "of"], "more than"),
        (["well", "over"], "more than"), (["just", "over"], "more than"), (["over"], "more than"), (["above"], "more than"), (["beyond"], "more than"),
        (["greater", "than"], "more than"), (["higher", "than"], "more than"), (["exceeding"], "more than"), (["topping"], "more than"),
        (["fewer", "than"], "fewer than"), (["less", "than"], "fewer than"), (["just", "under"], "fewer than"), (["under"], "fewer than"),
        (["below"], "fewer than"), (["lower", "than"], "fewer than"), (["shy", "of"], "fewer than"),
        (["nearly"], "nearly"), (["almost"], "nearly"), (["close", "to"], "nearly"), (["just", "shy", "of"], "nearly"), (["approaching"], "nearly"),
        (["about"], "about"), (["around"], "about"), (["some"], "about"), (["roughly"], "about"), (["approximately"], "about"),
        (["approx", "."], "about"), (["an", "estimated"], "about"), (["estimated"], "about"), (["circa"], "about"),
        (["or", "so"], "about"), (["~"], "about"), (["c", "."], "about"), (["nearly", "about"], "about"), (["some", "estimated"], "about"),
        (["exactly"], "exactly"), (["precisely"], "exactly"), (["just"], "exactly"), (["only"], "exactly"),
    ];

    /// <summary>The qualifier written just before token <paramref name="first"/> ("more than 6,650").</summary>
    private static string? QualifierBefore(List<Lex> t, int first, out int qualifierFirst)
    {
        qualifierFirst = first;
        foreach (var (words, qualifier) in Qualifiers)
        {
            var s = first - words.Length;
            if (s < 0) continue;
            var ok = true;
            for (var j = 0; j < words.Length && ok; j++) ok = t[s + j].Lower == words[j];
            if (!ok) continue;
            // "just"/"only" mark a small figure, not an exact one; report them as no qualifier.
            if (qualifier == "exactly" && words[0] is "just" or "only")
            {
                // "just under", "just over" were matched above; "just 87 mph" carries no bound.
                var inner = QualifierBefore(t, s, out var f2);
                qualifierFirst = f2;
                return inner;
            }
            // "some 20" is "about"; "some of the 20" never reaches here.
            qualifierFirst = s;
            return qualifier;
        }
        return null;
    }

    private static readonly HashSet<string> PhrasalVerbs = new(StringComparer.Ordinal)
    {
        "gave", "give", "gives", "giving", "given", "set", "sets", "setting", "made", "make", "picked", "pick", "signed",
        "sign", "turned", "turn", "put", "puts", "took", "take", "broke", "break", "broken", "showed", "show", "shut",
        "wound", "ended", "end", "ends", "came", "come", "back", "piled", "pile", "stepped", "step", "backed", "let",
        "sat", "sit", "write", "wrote", "written", "shot", "blew", "blown", "locked", "tied", "tie", "split", "handed",
        "knocked", "cut", "paid", "pay", "slowed", "calmed", "cooled", "wrapped", "cleaned", "laid", "lay", "run", "ran",
    };

    /// <summary>How the figure relates to an earlier one, read from the words before it.</summary>
    private static string? ChangeBefore(List<Lex> t, int first, out bool isTarget)
    {
        isTarget = false;
        QualifierBefore(t, first, out var q);
        var k = q - 1;
        if (k < 0) return null;
        var w = t[k].Lower;
        if (w is "another" or "additional" or "extra" || w == "further" && k > 0 && t[k - 1].Is("a") || w == "additional" && k > 0 && t[k - 1].Is("an"))
            return "additional";
        if (w == "of" && k > 0 && t[k - 1].Is("total")) return "total";
        if (w is "totaling" or "totalling" or "totalled" or "totaled") return "total";
        if (w == "total" && k > 0 && t[k - 1].Is("a")) return "total";
        // "rose by 5%", "rose 5%", "doubled to 3,000", "up 4 per cent".
        var target = false;
        if (w is "by" or "to" && k > 0)
        {
            target = w == "to";
            k--;
            // "fell 7% to $2.3 billion": the verb may be further back when a step figure sits in between; only
            // adverbs are skipped here ("rose sharply to").
            if (k > 0 && t[k].Lower.EndsWith("ly", StringComparison.Ordinal) && t[k].Lower.Length > 4) k--;
            w = t[k].Lower;
        }
        else if (k > 0 && w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 4 && (WordLists.IncreaseWords.Contains(t[k - 1].Lower) || WordLists.DecreaseWords.Contains(t[k - 1].Lower)))
        {
            k--; w = t[k].Lower;
        }
        if (w == "up" && target) return null; // "up to" is a qualifier, never an increase
        // "gave up 517 yards", "set up 20 sites": phrasal verbs, not changes.
        if (w is "up" or "down" && k > 0 && PhrasalVerbs.Contains(t[k - 1].Lower)) return null;
        // "grow sales by 35 per cent": the verb comes before the object.
        if (!WordLists.IncreaseWords.Contains(w) && !WordLists.DecreaseWords.Contains(w) && t[q - 1].Is("by"))
        {
            for (var b = k - 1; b >= 0 && b >= k - 3; b--)
            {
                if (WordLists.IncreaseWords.Contains(t[b].Lower)) return "increase";
                if (WordLists.DecreaseWords.Contains(t[b].Lower)) return "decrease";
                if (!t[b].IsWord) break;
            }
        }
        if (WordLists.IncreaseWords.Contains(w)) { isTarget = target; return "increase"; }
        if (WordLists.DecreaseWords.Contains(w)) { isTarget = target; return "decrease"; }
        return null;
    }
}
