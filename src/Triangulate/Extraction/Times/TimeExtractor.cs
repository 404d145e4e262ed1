using System.Globalization;
using Triangulate.Documents;
using Triangulate.Extraction.Quantities;

namespace Triangulate.Extraction.Times;

/// <summary>
/// Finds time expressions and normalises them to TIMEX3 values: absolute dates in the usual news styles
/// ("Oct. 23, 2024", "23 October", "2024-10-23"), months, years, decades, seasons and quarters; relative ones
/// ("Wednesday", "last week", "yesterday", "earlier this year", "in June", "two weeks ago") resolved against the
/// publication date; durations ("the past two years", "a decade", "four-week"), clock times and sets ("every year").
/// Without a publication date relative expressions keep their span with a null value: the machine's clock is
/// never used. One linear pass over lexer tokens with bounded look-around.
/// </summary>
public static class TimeExtractor
{
    public static IReadOnlyList<TimeExpression> Extract(string text, DateOnly? published, int start = 0, int end = -1)
    {
        var results = new List<TimeExpression>();
        if (string.IsNullOrEmpty(text)) return results;
        var t = Lexer.Lex(text, start, end);
        var ctx = new Context(t, published);
        var i = 0;
        while (i < t.Count)
        {
            Match? m;
            try { m = ctx.TryAt(i); }
            catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidOperationException or FormatException)
            {
                m = null; // never throw on odd text
            }
            if (m is null) { i++; continue; }
            var (first, last, value, type, mod, relative) = m.Value;
            var s = t[first].Start;
            var e2 = t[last].End;
            results.Add(new TimeExpression(s, e2, text[s..e2], value, type) { Mod = mod, Relative = relative });
            i = last + 1;
        }
        return results;
    }

    internal readonly record struct Match(int First, int Last, string? Value, TimeType Type, string? Mod, bool Relative);

    private sealed class Context(List<Lex> t, DateOnly? dct)
    {
        private static readonly Dictionary<string, int> MonthNumbers = new(StringComparer.Ordinal)
        {
            ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
            ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
            ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9,
            ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
        };

        private static readonly Dictionary<string, int> WeekdayNumbers = new(StringComparer.Ordinal)
        {
            ["monday"] = 1, ["tuesday"] = 2, ["wednesday"] = 3, ["thursday"] = 4, ["friday"] = 5, ["saturday"] = 6, ["sunday"] = 7,
        };

        private static readonly Dictionary<string, string> Seasons = new(StringComparer.Ordinal)
        {
            ["spring"] = "SP", ["summer"] = "SU", ["autumn"] = "FA", ["fall"] = "FA", ["winter"] = "WI",
        };

        private static readonly Dictionary<string, string> DayParts = new(StringComparer.Ordinal)
        {
            ["morning"] = "MO", ["afternoon"] = "AF", ["evening"] = "EV", ["night"] = "NI",
        };

        /// <summary>Duration units to their TIMEX3 letter; time units go after "T".</summary>
        private static readonly Dictionary<string, (string Letter, bool Time, int Multiplier)> DurationUnits = new(StringComparer.Ordinal)
        {
            ["second"] = ("S", true, 1), ["seconds"] = ("S", true, 1), ["minute"] = ("M", true, 1), ["minutes"] = ("M", true, 1),
            ["hour"] = ("H", true, 1), ["hours"] = ("H", true, 1), ["day"] = ("D", false, 1), ["days"] = ("D", false, 1),
            ["week"] = ("W", false, 1), ["weeks"] = ("W", false, 1), ["month"] = ("M", false, 1), ["months"] = ("M", false, 1),
            ["year"] = ("Y", false, 1), ["years"] = ("Y", false, 1), ["decade"] = ("Y", false, 10), ["decades"] = ("Y", false, 10),
            ["century"] = ("Y", false, 100), ["centuries"] = ("Y", false, 100), ["weekend"] = ("WE", false, 1), ["weekends"] = ("WE", false, 1),
            ["quarter"] = ("Q", false, 1), ["quarters"] = ("Q", false, 1),
        };

        private static readonly Dictionary<string, string> Vague = new(StringComparer.Ordinal)
        {
            ["several"] = "X", ["few"] = "X", ["many"] = "X", ["some"] = "X", ["recent"] = "X", ["coming"] = "X",
        };

        public Match? TryAt(int i)
        {
            var w = t[i].Lower;
            // Modifiers that belong to the expression: "early December", "late last July", "the end of the year",
            // "early to mid-October", "mid-2023".
            if (TryModified(i, out var mm)) return mm;
            return TryCore(i);
        }

        private bool TryModified(int i, out Match? m)
        {
            m = null;
            var w = t[i].Lower;
            string? mod = null;
            var k = i;
            if (w is "early" or "earlier") { mod = "START"; k = i + 1; }
            else if (w is "late" or "later") { mod = "END"; k = i + 1; }
            else if (w is "mid") { mod = "MID"; k = i + 1; if (k < t.Count && t[k].Lower == "-") k++; }
            else if (w.StartsWith("mid-", StringComparison.Ordinal)) { mod = "MID"; k = i; }
            else if (w == "the" && i + 3 < t.Count && t[i + 2].Is("of") && t[i + 1].Lower is "end" or "beginning" or "start" or "middle" or "close" or "turn")
            {
                mod = t[i + 1].Lower switch { "end" or "close" => "END", "middle" => "MID", _ => "START" };
                k = i + 3;
            }
            else if (w is "end" or "beginning" or "start" or "middle" && i + 2 < t.Count && t[i + 1].Is("of"))
            {
                mod = w switch { "end" => "END", "middle" => "MID", _ => "START" };
                k = i + 2;
            }
            else return false;
            // "early to mid-October": one expression.
            if (w == "early" && k + 1 < t.Count && t[k].Is("to") && t[k + 1].Lower.StartsWith("mid", StringComparison.Ordinal))
            {
                k += 1;
            }
            if (k >= t.Count) return false;
            Match? core;
            if (t[k].Lower.StartsWith("mid-", StringComparison.Ordinal))
            {
                // "mid-October", "mid-2023": the lexer keeps "mid-October" one word; "mid-2023" is "mid" "-" "2023".
                var rest = t[k].Text[4..];
                var sub = Lexer.Lex(rest);
                var inner = new Context(sub, dct).TryCore(0);
                if (inner is null) return false;
                core = new Match(k, k, inner.Value.Value, inner.Value.Type, null, inner.Value.Relative);
                // "mid-October 2024"
                if (inner.Value.Value is { Length: 7 } && k + 1 < t.Count && IsYearToken(k + 1, out var yy))
                    core = new Match(k, k + 1, $"{yy:D4}-{inner.Value.Value[5..7]}", TimeType.Date, null, false);
            }
            else core = TryCore(k);
            if (core is null) return false;
            var c = core.Value;
            if (c.Type == TimeType.Duration && w is "earlier" or "later") return false; // "two years later" handled by core
            if (w is "earlier" or "later" && !(t[k].Lower is "this" or "last" or "next" or "that")) return false;
            // "earlier this year": the span includes "earlier", the value is the year itself.
            if (w is "earlier" or "later") mod = null;
            m = new Match(i, c.Last, c.Value, c.Type, mod ?? c.Mod, c.Relative);
            return true;
        }

        private Match? TryCore(int i)
        {
            var tok = t[i];
            var w = tok.Lower;
            if (tok.IsNumber) return TryNumeric(i);
            if (!tok.IsWord) return null;

            // Month names.
            if (MonthNumbers.TryGetValue(w, out var month) && tok.IsCapitalized) return TryMonth(i, month);
            // "the 23rd of October", "23rd October" start with a number and are handled in TryNumeric.
            if (WeekdayNumbers.ContainsKey(w) && tok.IsCapitalized) return TryWeekday(i, i, 0);
            if (w is "today") return Day(i, i, 0);
            if (w is "yesterday") return WithDayPart(i, -1);
            if (w is "tomorrow") return WithDayPart(i, 1);
            if (w is "tonight") return Dct(i, i, d => Iso(d) + "TNI", TimeType.Time);
            if (w is "now" or "currently" or "nowadays" or "presently") return new Match(i, i, "PRESENT_REF", TimeType.Date, null, false);
            if (w is "recently" or "lately") return new Match(i, i, "PAST_REF", TimeType.Date, null, false);
            if (w == "the" && i + 1 < t.Count && t[i + 1].Lower is "past" && (i + 2 >= t.Count || !IsUnitWord(i + 2) && !IsCountWord(i + 2)))
                return new Match(i, i + 1, "PAST_REF", TimeType.Date, null, false);
            if (w == "the" && i + 1 < t.Count && t[i + 1].Lower is "future" && (i + 2 >= t.Count || !t[i + 2].Is("of")))
                return new Match(i, i + 1, "FUTURE_REF", TimeType.Date, null, false);
            if (w is "annually" or "yearly") return new Match(i, i, "P1Y", TimeType.Set, null, false);
            if (w is "weekly") return new Match(i, i, "P1W", TimeType.Set, null, false);
            if (w is "daily" or "nightly") return new Match(i, i, "P1D", TimeType.Set, null, false);
            if (w is "monthly") return new Match(i, i, "P1M", TimeType.Set, null, false);
            if (w is "hourly") return new Match(i, i, "PT1H", TimeType.Set, null, false);
            if (w is "every" or "each") return TrySet(i);
            if (w is "this" or "last" or "next" or "past" or "previous" or "coming" or "following" or "recent") return TryDeictic(i, i);
            if (w == "the" && i + 1 < t.Count && t[i + 1].Lower is "last" or "past" or "next" or "coming" or "previous" or "following" or "same" or "first" or "second" or "third" or "fourth")
                return TryDeictic(i, i + 1);
            if (w == "the" && i + 1 < t.Count && t[i + 1].Lower == "weekend") return Weekend(i, i + 1, 0);
            if (w is "in" && i + 2 < t.Count && t[i + 1].Is("recent") && IsPluralUnit(i + 2, out var ru))
                return new Match(i + 1, i + 2, ru, TimeType.Duration, null, false);
            if (Seasons.TryGetValue(w, out var season)) return TrySeason(i, i, season, 0, explicitDeictic: false);
            if (w.StartsWith("mid-", StringComparison.Ordinal)) return null;
            if (w is "noon" or "midday") return Clock(i, i, 12, 0, null);
            if (w is "midnight") return Clock(i, i, 0, 0, null);
            if (w is "christmas" && tok.IsCapitalized) return Holiday(i, 12, 25);
            if (w is "halloween" && tok.IsCapitalized) return Holiday(i, 10, 31);
            if (w == "new" && i + 2 < t.Count && t[i + 1].Lower is "year's" or "years" && t[i + 2].Lower is "day" or "eve")
                return HolidayAt(i, i + 2, t[i + 2].Is("day") ? 1 : 12, t[i + 2].Is("day") ? 1 : 31);
            if (w is "fiscal" or "fy" && i + 1 < t.Count && IsYearToken(i + 1, out var fy)) return new Match(i, i + 1, fy.ToString("D4", CultureInfo.InvariantCulture), TimeType.Date, null, false);
            if (w is "q1" or "q2" or "q3" or "q4") return Quarter(i, i, w[1] - '0', null);
            // "for years", "within minutes", "days before the surgery": an unspecified number of units.
            if (IsPluralUnit(i, out var bare) && (i > 0 && t[i - 1].Lower is "for" or "within" or "over"
                || i + 1 < t.Count && t[i + 1].Lower is "before" or "after" or "later" or "earlier"))
                return new Match(i, i, bare, TimeType.Duration, null, false);
            // "the year" after "the end of": the publication year.
            if (w == "the" && i + 1 < t.Count && t[i + 1].Is("year") && i > 0 && t[i - 1].Is("of")) return Rel(i, i + 1, d => d.Year.ToString("D4", CultureInfo.InvariantCulture), TimeType.Date, null);
            if (w == "year" && i > 0 && t[i - 1].Is("of") && i > 1 && t[i - 2].Lower is "end" or "start" or "beginning" or "middle") return Rel(i, i, d => d.Year.ToString("D4", CultureInfo.InvariantCulture), TimeType.Date, null);
            // Durations with word numbers: "two years", "a decade", "several days", "a few weeks", "four-week".
            return TryDuration(i, i, null);
        }

        // ------------------------------------------------------------ dates written with numbers

        private Match? TryNumeric(int i)
        {
            var tok = t[i];
            var s = tok.Text;
            // ISO dates "2024-10-23", "2024-10".
            if (s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y4) && i + 2 < t.Count && t[i + 1].Text == "-" && !t[i + 1].SpaceBefore
                && t[i + 2].IsNumber && t[i + 2].Text.Length == 2 && !t[i + 2].SpaceBefore && int.TryParse(t[i + 2].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var mo) && mo is >= 1 and <= 12)
            {
                if (i + 4 < t.Count && t[i + 3].Text == "-" && !t[i + 3].SpaceBefore && t[i + 4].IsNumber && t[i + 4].Text.Length == 2
                    && int.TryParse(t[i + 4].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var dd) && ValidDate(y4, mo, dd))
                    return new Match(i, i + 4, $"{y4:D4}-{mo:D2}-{dd:D2}", TimeType.Date, null, false);
                // "2007-09" after a year is more often a range of years ("the 2007-09 crisis") than a month in prose:
                // read it as a month only when the second part cannot be a later year of the same century.
                if (mo <= y4 % 100) return new Match(i, i + 2, $"{y4:D4}-{mo:D2}", TimeType.Date, null, false);
            }
            // "10/23/2024" (US) or "23/10/2024".
            if (i + 4 < t.Count && t[i + 1].Text == "/" && t[i + 3].Text == "/" && t[i + 2].IsNumber && t[i + 4].IsNumber && !t[i + 1].SpaceBefore && !t[i + 3].SpaceBefore
                && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && int.TryParse(t[i + 2].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var b)
                && int.TryParse(t[i + 4].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var c))
            {
                if (c < 100) c += c < 50 ? 2000 : 1900;
                var (mm, d) = a > 12 ? (b, a) : (a, b);
                if (ValidDate(c, mm, d)) return new Match(i, i + 4, $"{c:D4}-{mm:D2}-{d:D2}", TimeType.Date, null, false);
                return null;
            }
            // Clock times "10:27 PM", "5am", "10.45pm", "8 PM", "3:07:35" (a race time: duration).
            if (TryClock(i, out var clock)) return clock;
            // "23 October 2024", "23rd of October".
            if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31)
            {
                var k = i + 1;
                if (k < t.Count && !t[k].SpaceBefore && t[k].Lower is "st" or "nd" or "rd" or "th") k++;
                if (k < t.Count && t[k].Is("of")) k++;
                if (k < t.Count && MonthNumbers.TryGetValue(t[k].Lower, out var mon) && t[k].IsCapitalized)
                {
                    var last = k;
                    if (last + 1 < t.Count && t[last + 1].Text == "." && !t[last + 1].SpaceBefore) last++;
                    if (last + 1 < t.Count && IsYearToken(last + 1, out var yr) || last + 2 < t.Count && t[last + 1].Text == "," && IsYearToken(last + 2, out yr))
                    {
                        var yl = IsYearToken(last + 1, out _) ? last + 1 : last + 2;
                        return ValidDate(yr, mon, day) ? new Match(i, yl, $"{yr:D4}-{mon:D2}-{day:D2}", TimeType.Date, null, false) : null;
                    }
                    var lastNoDot = t[last].Text == "." ? last - 1 : last;
                    return DayOfMonth(i, lastNoDot, mon, day);
                }
            }
            // Decades "1990s", "the '90s".
            if (s.Length == 4 && s.EndsWith('0') && i + 1 < t.Count && t[i + 1].Lower == "s" && !t[i + 1].SpaceBefore)
            {
                var first = i > 0 && t[i - 1].Is("the") ? i - 1 : i;
                return new Match(first, i + 1, s[..3], TimeType.Date, null, false);
            }
            if (s.Length == 2 && s.EndsWith('0') && i > 0 && t[i - 1].Text is "'" or "\u2019" && i + 1 < t.Count && t[i + 1].Lower == "s" && !t[i + 1].SpaceBefore)
            {
                var century = int.Parse(s, CultureInfo.InvariantCulture) >= 30 ? "19" : "20";
                var first = i > 1 && t[i - 2].Is("the") ? i - 2 : i - 1;
                return new Match(first, i + 1, century + s[..1], TimeType.Date, null, false);
            }
            // Years, and year ranges "2009-2010", "1950-53" as two expressions.
            if (IsYearToken(i, out var year) && LooksLikeYear(i))
                return new Match(i, i, year.ToString("D4", CultureInfo.InvariantCulture), TimeType.Date, null, false);
            if (s.Length == 2 && i >= 2 && t[i - 1].Text == "-" && !t[i - 1].SpaceBefore && !tok.SpaceBefore && IsYearToken(i - 2, out var y0))
            {
                var yy = y0 / 100 * 100 + int.Parse(s, CultureInfo.InvariantCulture);
                if (yy > y0) return new Match(i, i, yy.ToString("D4", CultureInfo.InvariantCulture), TimeType.Date, null, false);
            }
            // "90 days", "3 years", "the past 12 months".
            return TryDuration(i, i, null);
        }

        private bool TryClock(int i, out Match? m)
        {
            m = null;
            var s = t[i].Text;
            int hour, minute = 0;
            var last = i;
            if (i + 2 < t.Count && t[i + 1].Text == ":" && !t[i + 1].SpaceBefore && t[i + 2].IsNumber && !t[i + 2].SpaceBefore)
            {
                if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out hour) || !int.TryParse(t[i + 2].Text, NumberStyles.None, CultureInfo.InvariantCulture, out minute)) return false;
                last = i + 2;
                // "3:07:35": hours, minutes, seconds of a duration.
                if (i + 4 < t.Count && t[i + 3].Text == ":" && !t[i + 3].SpaceBefore && t[i + 4].IsNumber && int.TryParse(t[i + 4].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var sec))
                {
                    m = new Match(i, i + 4, $"PT{hour}H{minute}M{sec}S", TimeType.Duration, null, false);
                    return true;
                }
                if (hour > 24 || minute > 59) return false;
            }
            else if (s.Contains('.') && s.Length <= 5 && i + 1 < t.Count && IsMeridiem(t[i + 1].Lower))
            {
                var parts = s.Split('.');
                if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out hour) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minute)) return false;
            }
            else if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out hour) && hour is >= 1 and <= 12 && i + 1 < t.Count && IsMeridiem(t[i + 1].Lower)) { }
            else return false;
            if (last + 1 < t.Count && IsMeridiem(t[last + 1].Lower))
            {
                if (t[last + 1].Lower.StartsWith('p') && hour < 12) hour += 12;
                if (t[last + 1].Lower.StartsWith('a') && hour == 12) hour = 0;
                last++;
            }
            else if (last == i) return false;
            // Time zone abbreviations belong to the expression ("10:27 PM EDT").
            if (last + 1 < t.Count && t[last + 1].Text.Length is 3 or 4 && t[last + 1].Text.All(char.IsUpper) && t[last + 1].Text.EndsWith('T')) last++;
            if (hour > 23 || minute > 59) return false;
            m = Clock(i, last, hour, minute, null);
            return true;
        }

        private static bool IsMeridiem(string w) => w is "am" or "pm" or "a.m." or "p.m." or "a.m" or "p.m";

        private Match Clock(int first, int last, int hour, int minute, string? date)
            => new(first, last, $"{date ?? "XXXX-XX-XX"}T{hour:D2}:{minute:D2}", TimeType.Time, null, false);

        // ------------------------------------------------------------ months and days

        private Match? TryMonth(int i, int month)
        {
            var tok = t[i];
            // "May" and "March" are also ordinary words; "may" in lower case was already excluded.
            var k = i + 1;
            if (k < t.Count && t[k].Text == "." && !t[k].SpaceBefore && tok.Text.Length <= 4) k++;
            // "October 23", "Oct. 23, 2024", "October 23rd".
            if (k < t.Count && t[k].IsNumber && int.TryParse(t[k].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 && t[k].Text.Length <= 2
                && !(k + 1 < t.Count && t[k + 1].Text == ":"))
            {
                var last = k;
                if (last + 1 < t.Count && !t[last + 1].SpaceBefore && t[last + 1].Lower is "st" or "nd" or "rd" or "th") last++;
                if (last + 1 < t.Count && IsYearToken(last + 1, out var yr) && !(last + 2 < t.Count && t[last + 2].Text == ":"))
                    return ValidDate(yr, month, day) ? new Match(i, last + 1, $"{yr:D4}-{month:D2}-{day:D2}", TimeType.Date, null, false) : null;
                if (last + 2 < t.Count && t[last + 1].Text == "," && IsYearToken(last + 2, out yr))
                    return ValidDate(yr, month, day) ? new Match(i, last + 2, $"{yr:D4}-{month:D2}-{day:D2}", TimeType.Date, null, false) : null;
                return DayOfMonth(i, last, month, day);
            }
            if (tok.Lower == "may" && !MonthContext(i)) return null;
            if (tok.Lower == "march" && !MonthContext(i)) return null;
            // "October 2024", "June of 2018".
            var j = k;
            if (j < t.Count && t[j].Is("of") && j + 1 < t.Count && IsYearToken(j + 1, out _)) j++;
            if (j < t.Count && IsYearToken(j, out var year))
                return new Match(i, j, $"{year:D4}-{month:D2}", TimeType.Date, null, false);
            var lastTok = t[k - 1].Text == "." ? k - 2 : k - 1;
            if (lastTok < i) lastTok = i;
            // A bare month: which one depends on the publication date and the tense around it.
            if (dct is not { } d) return new Match(i, lastTok, null, TimeType.Date, null, true);
            var y = d.Year;
            var dir = Tense(i);
            if (dir < 0 && month > d.Month) y--;
            else if (dir > 0 && month < d.Month) y++;
            else if (dir == 0 && month - d.Month > 6) y--;
            return new Match(i, lastTok, $"{y:D4}-{month:D2}", TimeType.Date, null, true);
        }

        private bool MonthContext(int i)
        {
            if (i == 0) return false;
            var p = t[i - 1].Lower;
            return p is "in" or "since" or "by" or "until" or "till" or "of" or "from" or "to" or "through" or "last" or "next" or "this" or "early" or "late" or "mid" or "before" or "after" or "during" or "between" or "and" or "on"
                   || i + 1 < t.Count && IsYearToken(i + 1, out _);
        }

        private Match DayOfMonth(int first, int last, int month, int day)
        {
            if (dct is not { } d) return new Match(first, last, $"XXXX-{month:D2}-{day:D2}", TimeType.Date, null, false);
            var y = d.Year;
            if (!ValidDate(y, month, day)) return new Match(first, last, $"XXXX-{month:D2}-{day:D2}", TimeType.Date, null, false);
            var candidate = new DateOnly(y, month, day);
            var dir = Tense(first);
            // News dates usually fall near the publication date; tense settles which side of it.
            if (dir < 0 && candidate > d) y--;
            else if (dir > 0 && candidate < d && d.DayNumber - candidate.DayNumber > 31) y++;
            else if (dir == 0 && candidate.DayNumber - d.DayNumber > 183) y--;
            else if (dir == 0 && d.DayNumber - candidate.DayNumber > 183) y++;
            return ValidDate(y, month, day)
                ? new Match(first, last, $"{y:D4}-{month:D2}-{day:D2}", TimeType.Date, null, true)
                : new Match(first, last, $"XXXX-{month:D2}-{day:D2}", TimeType.Date, null, false);
        }

        private Match? TryWeekday(int first, int i, int shift)
        {
            var wd = WeekdayNumbers[t[i].Lower];
            var last = i;
            string? part = null;
            if (i + 1 < t.Count && DayParts.TryGetValue(t[i + 1].Lower, out var dp)) { part = dp; last = i + 1; }
            if (dct is not { } d) return new Match(first, last, null, part is null ? TimeType.Date : TimeType.Time, null, true);
            var today = ToIso(d.DayOfWeek);
            DateOnly date;
            var dir = shift != 0 ? shift : Tense(first);
            if (dir > 0)
            {
                // "on Monday" in a future context: the next one (the publication day itself counts for "next" only when said).
                var delta = (wd - today + 7) % 7;
                if (delta == 0 && shift > 0) delta = 7;
                date = d.AddDays(delta);
            }
            else
            {
                // News convention: the most recent such day, or the publication day itself.
                var delta = (today - wd + 7) % 7;
                if (delta == 0 && shift < 0) delta = 7;
                date = d.AddDays(-delta);
            }
            var value = Iso(date) + (part is null ? "" : "T" + part);
            return new Match(first, last, value, part is null ? TimeType.Date : TimeType.Time, null, true);
        }

        private static int ToIso(DayOfWeek dow) => dow == DayOfWeek.Sunday ? 7 : (int)dow;

        private Match? WithDayPart(int i, int days)
        {
            var last = i;
            string? part = null;
            if (i + 1 < t.Count && DayParts.TryGetValue(t[i + 1].Lower, out var dp)) { part = dp; last = i + 1; }
            if (dct is not { } d) return new Match(i, last, null, part is null ? TimeType.Date : TimeType.Time, null, true);
            var value = Iso(d.AddDays(days)) + (part is null ? "" : "T" + part);
            return new Match(i, last, value, part is null ? TimeType.Date : TimeType.Time, null, true);
        }

        private Match Day(int first, int last, int days)
            => dct is { } d ? new Match(first, last, Iso(d.AddDays(days)), TimeType.Date, null, true) : new Match(first, last, null, TimeType.Date, null, true);

        private Match Dct(int first, int last, Func<DateOnly, string> value, TimeType type)
            => dct is { } d ? new Match(first, last, value(d), type, null, true) : new Match(first, last, null, type, null, true);

        private Match? Holiday(int i, int month, int day) => HolidayAt(i, i, month, day);

        private Match? HolidayAt(int first, int last, int month, int day)
        {
            if (last + 1 < t.Count && t[last + 1].Is("eve") && month == 12 && day == 25) { last++; day = 24; }
            if (last + 1 < t.Count && IsYearToken(last + 1, out var y)) return new Match(first, last + 1, $"{y:D4}-{month:D2}-{day:D2}", TimeType.Date, null, false);
            return DayOfMonth(first, last, month, day);
        }

        // ------------------------------------------------------------ this / last / next ...

        private Match? TryDeictic(int first, int i)
        {
            var w = t[i].Lower;
            var k = i + 1;
            if (k >= t.Count) return null;
            // "the past two years", "the last three months", "the next few months", "the past several months",
            // "the first 100 days", "recent weeks", "the coming weeks": durations.
            if (w is "past" or "last" or "next" or "coming" or "first" or "recent" or "previous" or "following")
            {
                if (TryDurationCore(k, out var dl, out var dv) && t[dl].Lower.EndsWith('s') && dv is not null)
                    return new Match(first, dl, dv, TimeType.Duration, null, false);
                if (w is "recent" or "coming" && IsPluralUnit(k, out var pu))
                    return new Match(first, k, pu, TimeType.Duration, null, false);
            }
            if (w is "first" or "second" or "third" or "fourth" && t[k].Lower == "quarter")
            {
                var q = w switch { "first" => 1, "second" => 2, "third" => 3, _ => 4 };
                return Quarter(first, k, q, first);
            }
            if (w == "same") return null;
            var shift = w switch { "last" or "past" or "previous" => -1, "next" or "coming" or "following" => 1, _ => 0 };
            if (w is "recent") return null;
            var unit = t[k].Lower;
            var fiscal = false;
            if (unit is "fiscal" or "financial" or "calendar" or "school" or "academic" && k + 1 < t.Count) { fiscal = true; k++; unit = t[k].Lower; }
            // "the following day" / "the previous day" are anchored on another event, not on the publication date.
            if (first != i && w is "following" or "previous" or "first") return null;
            switch (unit)
            {
                case "year":
                    return Rel(first, k, d => (d.Year + shift).ToString("D4", CultureInfo.InvariantCulture), TimeType.Date, fiscal && shift == 0 ? null : null);
                case "month":
                    return Rel(first, k, d => { var x = d.AddMonths(shift); return $"{x.Year:D4}-{x.Month:D2}"; }, TimeType.Date, null);
                case "week":
                    return Rel(first, k, d => Week(d.AddDays(7 * shift)), TimeType.Date, null);
                case "weekend":
                    return Weekend(first, k, shift);
                case "quarter":
                    return Rel(first, k, d => { var x = d.AddMonths(3 * shift); return $"{x.Year:D4}-Q{(x.Month - 1) / 3 + 1}"; }, TimeType.Date, null);
                case "decade":
                    return Rel(first, k, d => ((d.Year / 10 + shift) * 10 / 10).ToString(CultureInfo.InvariantCulture), TimeType.Date, null);
                case "century":
                    return Rel(first, k, d => (d.Year / 100 + shift).ToString("D2", CultureInfo.InvariantCulture), TimeType.Date, null);
                case "night":
                    if (shift < 0 && w == "last") return Rel(first, k, d => Iso(d.AddDays(-1)) + "TNI", TimeType.Time, null);
                    if (shift == 0) return Rel(first, k, d => Iso(d) + "TNI", TimeType.Time, null);
                    return null;
                case "morning" or "afternoon" or "evening":
                    if (shift == 0) return Rel(first, k, d => Iso(d) + "T" + DayParts[unit], TimeType.Time, null);
                    return null;
                case "time":
                    return null;
            }
            if (Seasons.TryGetValue(unit, out var season)) return TrySeason(first, k, season, shift, explicitDeictic: true);
            if (MonthNumbers.TryGetValue(unit, out var month) && t[k].IsCapitalized && unit.Length > 3)
            {
                if (dct is not { } d0) return new Match(first, k, null, TimeType.Date, null, true);
                var y = d0.Year;
                if (shift < 0 && month >= d0.Month) y--;
                if (shift > 0 && month <= d0.Month) y++;
                return new Match(first, k, $"{y:D4}-{month:D2}", TimeType.Date, null, true);
            }
            if (WeekdayNumbers.ContainsKey(unit) && t[k].IsCapitalized)
            {
                return TryWeekday(first, k, shift == 0 ? 0 : shift);
            }
            return null;
        }

        private Match Rel(int first, int last, Func<DateOnly, string> value, TimeType type, string? mod)
            => dct is { } d ? new Match(first, last, value(d), type, mod, true) : new Match(first, last, null, type, mod, true);

        private Match Weekend(int first, int last, int shift)
            => Rel(first, last, d =>
            {
                // "this weekend" / "the weekend": the coming one from Monday to Friday, the current one on a weekend.
                var x = d.AddDays(7 * shift);
                return Week(x) + "-WE";
            }, TimeType.Date, null);

        private Match? TrySeason(int first, int k, string season, int shift, bool explicitDeictic)
        {
            var last = k;
            if (k + 1 < t.Count && IsYearToken(k + 1, out var y)) return new Match(first, k + 1, $"{y:D4}-{season}", TimeType.Date, null, false);
            if (k + 2 < t.Count && t[k + 1].Is("of") && IsYearToken(k + 2, out y)) return new Match(first, k + 2, $"{y:D4}-{season}", TimeType.Date, null, false);
            // A bare season word is too often a noun ("the flu season", "fall") to tag without "this/last/next".
            if (!explicitDeictic) return null;
            if (dct is not { } d) return new Match(first, last, null, TimeType.Date, null, true);
            var year = d.Year + shift;
            var current = d.Month switch { 12 or 1 or 2 => "WI", >= 3 and <= 5 => "SP", >= 6 and <= 8 => "SU", _ => "FA" };
            var order = "SPSUFAWI";
            if (shift < 0 && order.IndexOf(season, StringComparison.Ordinal) < order.IndexOf(current, StringComparison.Ordinal)) year++;
            if (shift > 0 && order.IndexOf(season, StringComparison.Ordinal) > order.IndexOf(current, StringComparison.Ordinal)) year--;
            return new Match(first, last, $"{year:D4}-{season}", TimeType.Date, null, true);
        }

        private Match Quarter(int first, int last, int q, int? theIndex)
        {
            if (last + 1 < t.Count && IsYearToken(last + 1, out var y)) return new Match(first, last + 1, $"{y:D4}-Q{q}", TimeType.Date, null, false);
            if (last + 2 < t.Count && t[last + 1].Is("of") && IsYearToken(last + 2, out y)) return new Match(first, last + 2, $"{y:D4}-Q{q}", TimeType.Date, null, false);
            if (dct is not { } d) return new Match(first, last, null, TimeType.Date, null, true);
            var year = d.Year;
            // A quarter that has not begun yet was reported in last year's terms only in past-tense sentences.
            if ((q - 1) * 3 + 1 > d.Month && Tense(first) < 0) year--;
            return new Match(first, last, $"{year:D4}-Q{q}", TimeType.Date, null, true);
        }

        private Match? TrySet(int i)
        {
            var k = i + 1;
            if (k >= t.Count) return null;
            var u = t[k].Lower;
            if (u is "other" && k + 1 < t.Count && DurationUnits.TryGetValue(t[k + 1].Lower, out var du2) && !du2.Time)
                return new Match(i, k + 1, $"P2{du2.Letter}", TimeType.Set, null, false);
            if (DurationUnits.TryGetValue(u, out var du) && u is not ("quarter" or "quarters"))
                return new Match(i, k, du.Time ? $"PT{du.Multiplier}{du.Letter}" : du.Letter == "WE" ? "XXXX-WXX-WE" : $"P{du.Multiplier}{du.Letter}", TimeType.Set, null, false);
            if (WeekdayNumbers.TryGetValue(u, out var wd) && t[k].IsCapitalized)
                return new Match(i, k, $"XXXX-WXX-{wd}", TimeType.Set, null, false);
            if (MonthNumbers.TryGetValue(u, out var mo) && t[k].IsCapitalized && u.Length > 3)
                return new Match(i, k, $"XXXX-{mo:D2}", TimeType.Set, null, false);
            if (DayParts.TryGetValue(u, out var part))
                return new Match(i, k, $"XXXX-XX-XXT{part}", TimeType.Set, null, false);
            return null;
        }

        // ------------------------------------------------------------ durations and "ago"

        private Match? TryDuration(int first, int i, string? mod)
        {
            // Qualifiers belong to duration spans in TimeML ("almost seven years", "about a month").
            var q = first;
            string? m = mod;
            var w = t[i].Lower;
            if (w is "almost" or "nearly") { m = "LESS_THAN"; i++; }
            else if (w is "about" or "around" or "roughly" or "approximately" or "some") { m = "APPROX"; i++; }
            else if (w is "over" && i + 1 < t.Count && !t[i + 1].Is("the")) { m = "MORE_THAN"; i++; }
            else if (w is "more" or "less" && i + 2 < t.Count && t[i + 1].Is("than")) { m = w == "more" ? "MORE_THAN" : "LESS_THAN"; i += 2; }
            else if (w is "at" && i + 2 < t.Count && t[i + 1].Lower is "least") { m = "EQUAL_OR_MORE"; i += 2; }
            if (i >= t.Count) return null;
            if (!TryDurationCore(i, out var last, out var value) || value is null) return null;
            // "a month earlier", "two years ago", "three days later": a point in time relative to the publication
            // date ("ago") or to another event ("earlier", "later": the value stays the duration).
            if (last + 1 < t.Count && t[last + 1].Lower == "ago")
                return Ago(q, last + 1, value);
            // Ages and modifiers: "22-year-old" is no time; "five-year" and "four-week" are durations.
            if (last + 1 < t.Count && t[last + 1].Lower is "-old" or "old" && t[last].Lower.StartsWith("year", StringComparison.Ordinal)) return null;
            if (t[last].Lower.EndsWith("-old", StringComparison.Ordinal)) return null;
            return new Match(q, last, value, TimeType.Duration, m is "APPROX" or "LESS_THAN" or "MORE_THAN" or "EQUAL_OR_MORE" ? m : null, false);
        }

        /// <summary>A count and a duration unit at <paramref name="i"/>: "two years", "a decade", "90 days",
        /// "several months", "a few weeks", "four-week", "five years'".</summary>
        private bool TryDurationCore(int i, out int last, out string? value)
        {
            last = i; value = null;
            var w = t[i].Lower;
            // Hyphenated "four-week", "three-month", "90-day" (the lexer keeps "four-week" one word).
            var dash = w.IndexOf('-');
            if (t[i].IsWord && dash > 0)
            {
                var a = w[..dash];
                var b = w[(dash + 1)..];
                if (b.EndsWith("-old", StringComparison.Ordinal) || b.Contains('-')) return false;
                var sub = Lexer.Lex(a);
                if (sub.Count == 1 && NumberWord(a, out var nv) && DurationUnits.TryGetValue(b, out var hu) && hu.Letter != "Q" && hu.Letter != "WE")
                {
                    value = Period(nv.ToString(CultureInfo.InvariantCulture), hu);
                    return true;
                }
                return false;
            }
            string count;
            var k = i;
            if (t[i].IsNumber && NumberParser.TryParseDigits(t[i].Text, out var dv) && t[i].Text.IndexOf(',') < 0)
            {
                // "90-day" written with digits: "90" "-" "day".
                if (i + 2 < t.Count && t[i + 1].Text == "-" && !t[i + 1].SpaceBefore && DurationUnits.TryGetValue(t[i + 2].Lower, out var hu2) && hu2.Letter is not ("Q" or "WE")
                    && !(i + 3 < t.Count && t[i + 3].Lower is "-" or "old" && i + 4 < t.Count))
                {
                    if (i + 3 < t.Count && t[i + 3].Lower == "-" && i + 4 < t.Count && t[i + 4].Lower == "old") return false;
                    last = i + 2; value = Period(Num(dv), hu2); return true;
                }
                count = Num(dv); k = i + 1;
            }
            else if (w is "a" or "an" or "one")
            {
                count = "1"; k = i + 1;
                if (k < t.Count && t[k].Is("few")) { count = "X"; k++; }
                else if (k < t.Count && t[k].Lower is "couple" && k + 1 < t.Count && t[k + 1].Is("of")) { count = "2"; k += 2; }
            }
            else if (Vague.ContainsKey(w) && w is not ("recent" or "coming")) { count = "X"; k = i + 1; }
            else if (NumberParser.TryParse(t, i, false, out var pn) && !t[i].IsNumber && pn.Value >= 1)
            {
                count = Num(pn.Value); k = pn.Next;
                if (k < t.Count && t[k].Lower is "or" or "to" && k + 2 < t.Count && NumberParser.TryParse(t, k + 1, false, out var pn2) && !t[k + 1].IsNumber)
                {
                    k = pn2.Next; count = "X";
                }
            }
            else return false;
            if (k >= t.Count) return false;
            var u = t[k].Lower;
            if (u is "more" or "additional" or "full" or "straight" or "consecutive" && k + 1 < t.Count && DurationUnits.ContainsKey(t[k + 1].Lower)) { k++; u = t[k].Lower; }
            // "three - month" (a hyphen written with spaces, as tokenised corpora give it).
            if (u == "-" && k + 1 < t.Count && DurationUnits.ContainsKey(t[k + 1].Lower) && !t[k + 1].Lower.EndsWith('s')) { k++; u = t[k].Lower; }
            if (!DurationUnits.TryGetValue(u, out var du) || du.Letter is "WE" or "Q") return false;
            // "a year" after a price is a rate ("$3,500 a month"), and "one day" is often "some day".
            if (count == "1" && w is "a" or "an" && i > 0 && (t[i - 1].IsNumber || t[i - 1].Text is "$" or "%")) return false;
            if (w == "one" && u == "day" && !(i > 0 && t[i - 1].Lower is "for" or "in" or "within" or "after" or "than" or "only" or "just")) return false;
            // Singular unit with a plural count ("5 year") is an adjective use, still a duration; plural with "a" is not.
            if (count == "1" && u.EndsWith('s')) return false;
            last = k;
            // "five years'" (probation): the possessive apostrophe is part of the span in TimeML.
            if (k + 1 < t.Count && t[k + 1].Text is "'" or "\u2019" && !t[k + 1].SpaceBefore && u.EndsWith('s')) last = k + 1;
            value = Period(count, du);
            return true;
        }

        private static bool NumberWord(string w, out double value)
        {
            var sub = Lexer.Lex(w);
            value = 0;
            if (sub.Count == 0) return false;
            if (sub[0].IsNumber) return NumberParser.TryParseDigits(sub[0].Text, out value);
            if (!NumberParser.TryParse(sub, 0, false, out var n)) return false;
            value = n.Value;
            return true;
        }

        private static string Num(double v) => v == Math.Floor(v) ? ((long)v).ToString(CultureInfo.InvariantCulture) : v.ToString("0.##", CultureInfo.InvariantCulture);

        private static string Period(string count, (string Letter, bool Time, int Multiplier) u)
        {
            if (u.Multiplier != 1 && count != "X" && double.TryParse(count, NumberStyles.Float, CultureInfo.InvariantCulture, out var c))
                count = Num(c * u.Multiplier);
            else if (u.Multiplier == 10 && count == "X") return "PXDE";
            else if (u.Multiplier == 100 && count == "X") return "PXCE";
            return u.Time ? $"PT{count}{u.Letter}" : $"P{count}{u.Letter}";
        }

        private Match Ago(int first, int last, string period)
        {
            if (dct is not { } d) return new Match(first, last, null, TimeType.Date, null, true);
            // Resolve at the granularity of the unit: "two years ago" is a year, "three days ago" a day.
            var unit = period[^1];
            var isTime = period.StartsWith("PT", StringComparison.Ordinal);
            var numText = period[(isTime ? 2 : 1)..^1];
            if (!int.TryParse(numText, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                return new Match(first, last, "PAST_REF", TimeType.Date, null, true);
            if (isTime) return new Match(first, last, Iso(d), TimeType.Date, null, true);
            string value = unit switch
            {
                'D' => Iso(d.AddDays(-n)),
                'W' => Week(d.AddDays(-7 * n)),
                'M' => $"{d.AddMonths(-n).Year:D4}-{d.AddMonths(-n).Month:D2}",
                'Y' => (d.Year - n).ToString("D4", CultureInfo.InvariantCulture),
                _ => "PAST_REF",
            };
            return new Match(first, last, value, TimeType.Date, null, true);
        }

        // ------------------------------------------------------------ helpers

        private bool IsUnitWord(int k) => k < t.Count && DurationUnits.ContainsKey(t[k].Lower);

        private bool IsCountWord(int k) => k < t.Count && (t[k].IsNumber || NumberParser.IsNumberWord(t[k].Lower) || Vague.ContainsKey(t[k].Lower) || t[k].Lower is "a" or "an");

        private bool IsPluralUnit(int k, out string value)
        {
            value = "";
            if (k >= t.Count || !t[k].Lower.EndsWith('s') || !DurationUnits.TryGetValue(t[k].Lower, out var du) || du.Letter is "WE" or "Q") return false;
            value = du.Multiplier == 10 ? "PXDE" : du.Time ? $"PTX{du.Letter}" : $"PX{du.Letter}";
            return true;
        }

        private bool IsYearToken(int k, out int year)
        {
            year = 0;
            if (k >= t.Count || !t[k].IsNumber || t[k].Text.Length != 4) return false;
            if (!int.TryParse(t[k].Text, NumberStyles.None, CultureInfo.InvariantCulture, out year)) return false;
            return year is >= 1000 and <= 2200;
        }

        /// <summary>A bare four-digit number is a year when the words around it say so (the same test the
        /// quantity extractor uses to leave years out of amounts).</summary>
        private bool LooksLikeYear(int i)
        {
            var v = int.Parse(t[i].Text, CultureInfo.InvariantCulture);
            var prev = i > 0 ? t[i - 1] : default;
            var hasPrev = i > 0;
            if (hasPrev && !t[i].SpaceBefore && (prev.IsWord || prev.Text is "$" or "£" or "€" or "#")) return false;
            if (hasPrev && prev.Text is "$" or "£" or "€") return false;
            var next = i + 1 < t.Count ? t[i + 1] : default;
            if (i + 1 < t.Count && !next.SpaceBefore && next.IsWord) return false; // "2000s" handled before, "2000mAh"
            if (i + 1 < t.Count && next.IsWord && UnitLexiconLike(next.Lower)) return false;
            var strong = hasPrev && (prev.Lower is "in" or "since" or "by" or "until" or "till" or "before" or "after" or "during" or "through" or "early" or "late" or "mid" or "circa" or "between" or "from" or "of" or "fiscal" or "the" or "to" or "and" or "year" or "season" or "summer" or "winter" or "spring" or "autumn" or "fall");
            if (strong && v is >= 1000 and <= 2200) return true;
            if (v is < 1800 or > 2100) return false;
            var countNext = i + 1 < t.Count && QuantityExtractor.LooksPlural(next) && !next.IsCapitalized;
            return !countNext;
        }

        private static bool UnitLexiconLike(string w)
            => w is "people" or "troops" or "soldiers" or "km" or "miles" or "metres" or "meters" or "feet" or "tonnes" or "tons" or "dollars" or "euros" or "pounds" or "yen" or "mah" or "mw" or "kw";

        private static bool ValidDate(int y, int m, int d) => y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

        private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string Week(DateOnly d)
        {
            var dt = d.ToDateTime(TimeOnly.MinValue);
            return $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}";
        }

        /// <summary>-1 when the clause around token <paramref name="i"/> speaks of the past, +1 of the future, 0 when
        /// it cannot tell. The nearest marker wins; reporting verbs ("said") say nothing about the event's time.</summary>
        private int Tense(int i)
        {
            // Auxiliaries and time words ("will", "was", "ago") are reliable; an -ed word is only a guess (it may be an
            // adjective, "a contested convention"), so it counts only when no auxiliary is in reach.
            var strong = Nearest(i, Marker);
            return strong != 0 ? strong : Nearest(i, WeakMarker);
        }

        private int Nearest(int i, Func<int, int> marker)
        {
            var best = 0;
            var bestDist = int.MaxValue;
            for (var k = i - 1; k >= 0 && k >= i - 12; k--)
            {
                if (t[k].Text is "." or "!" or "?" or ";") break;
                var s = marker(k);
                if (s != 0 && i - k < bestDist) { best = s; bestDist = i - k; }
            }
            for (var k = i + 1; k < t.Count && k <= i + 8; k++)
            {
                if (t[k].Text is "." or "!" or "?" or ";") break;
                var s = marker(k);
                if (s != 0 && k - i < bestDist) { best = s; bestDist = k - i; }
            }
            return best;
        }

        private int WeakMarker(int k)
        {
            var w = t[k].Lower;
            if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !(k > 0 && t[k - 1].Lower is "is" or "are" or "be" or "been" or "being" or "will" or "to" or "has" or "have" or "a" or "an" or "the" or "its" or "their" or "his" or "her"))
                return w is "reported" or "added" or "stated" or "announced" or "expected" or "scheduled" or "planned" ? 0 : -1;
            return 0;
        }

        private int Marker(int k)
        {
            var w = t[k].Lower;
            if (w is "will" or "'ll" or "shall" or "upcoming" or "scheduled" or "expected" or "expects") return 1;
            if (w is "would" && !(k > 0 && t[k - 1].Is("it"))) return 1;
            if (w is "was" or "were" or "had" or "did" or "ago" or "earlier" or "previously" or "last") return -1;
            return 0;
        }
    }
}
