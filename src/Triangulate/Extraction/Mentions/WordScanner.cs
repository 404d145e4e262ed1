using Triangulate.Documents;

namespace Triangulate.Extraction.Mentions;

/// <summary>A word or punctuation mark as the mention extractor sees it, with offsets into the original text.</summary>
internal readonly record struct Word(int Start, int End, string Text, bool IsWord, bool CapsUninformative, bool GapBefore)
{
    /// <summary>The word is on a line written in Title Case or capitals (a headline).</summary>
    public bool InHeadline { get; init; }
    public bool IsCapitalised => IsWord && Text.Length > 0 && char.IsUpper(Text[0]);
    public bool IsPossessive => !IsWord && (Text == "'s" || Text == "’s" || Text == "'" || Text == "’");
}

/// <summary>
/// Splits text into words the way names need it: "U.S.", "Mr.", "Jong-un", "O'Brien" and "al-Assad" stay one word,
/// a possessive "'s" is its own token, every other mark is a one-character token. The extractor keeps its own
/// scanner (rather than the shared tokenizer) because it needs to know whether a capital letter tells anything:
/// a word at a sentence start, after an opening quote, colon or dash is capitalised whatever it is.
/// </summary>
internal static class WordScanner
{
    public static List<Word> Scan(string text, Func<int, bool> removed, IReadOnlyList<Sentence> sentences)
    {
        var words = new List<Word>(text.Length / 5);
        var sentenceStarts = new HashSet<int>();
        foreach (var s in sentences) sentenceStarts.Add(s.Start);
        var uninformative = true; // the next word starts a sentence (or follows an opening mark)
        var gap = false;          // a paragraph break or removed text lies between the previous token and the next
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (removed(i)) { i++; gap = true; uninformative = true; continue; }
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n') { gap = true; uninformative = true; }
                i++;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                var end = ScanWord(text, i);
                // "Bush-era", "Seoul-based", "Top-ranked": a name (or a sentence's first word) and a lower-case
                // modifier joined by a hyphen are two words, so the name stands alone
                var hyphen = text.LastIndexOf('-', end - 1, end - i);
                if (hyphen > i && hyphen + 1 < end && char.IsUpper(text[i]) && HyphenModifiers.Contains(text[(hyphen + 1)..end]))
                    end = hyphen;
                var w = text[i..end];
                words.Add(new Word(i, end, w, true, uninformative || sentenceStarts.Contains(i), gap));
                gap = false;
                // an abbreviation's period ("Mr.", "U.S.") does not end a sentence; a final "." of a word does
                uninformative = end > i && text[end - 1] == '.' && !MentionLexicon.Honorifics.Contains(w) && !IsInitials(w)
                                && !IsInitialLetter(w) && EndsSentenceAfter(text, end);
                i = end;
                continue;
            }
            // possessive 's / ’s after a word
            if ((c == '\'' || c == '’') && words.Count > 0 && words[^1].End == i && words[^1].IsWord)
            {
                if (i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
                {
                    words.Add(new Word(i, i + 2, text.Substring(i, 2), false, false, false));
                    i += 2;
                    continue;
                }
            }
            words.Add(new Word(i, i + 1, c.ToString(), false, false, gap));
            gap = false;
            // after a sentence end or an opening mark the next capital tells nothing
            if (c is '.' or '!' or '?' or '"' or '“' or '‘' or '`' or '(' or '[' or ':' or '—' or '–' or '-' or '•' or '*' or '|' or '>')
                uninformative = true;
            else if (c is not ('”' or '’' or '\'' or ')'))
                uninformative = false;
            i++;
        }
        MarkHeadlineCase(words);
        return words;
    }

    /// <summary>In a headline written in Title Case or ALL CAPS every word is capitalised, so no capital on that
    /// line tells anything: mark the whole line as uninformative.</summary>
    private static void MarkHeadlineCase(List<Word> words)
    {
        var lineStart = 0;
        for (var i = 0; i <= words.Count; i++)
        {
            if (i < words.Count && !(words[i].GapBefore && i > lineStart)) continue;
            int longWords = 0, capitalised = 0;
            for (var k = lineStart; k < i; k++)
            {
                var w = words[k];
                if (!w.IsWord || w.Text.Length < 3 || !char.IsLetter(w.Text[0])) continue;
                longWords++;
                if (char.IsUpper(w.Text[0])) capitalised++;
            }
            if (longWords >= 4 && capitalised >= 0.75 * longWords)
                for (var k = lineStart; k < i; k++) words[k] = words[k] with { CapsUninformative = true, InHeadline = true };
            lineStart = i;
        }
    }

    /// <summary>Lower-case words that follow a name and a hyphen to make a modifier ("Bush-era rule", "Seoul-based").</summary>
    private static readonly HashSet<string> HyphenModifiers = new(StringComparer.Ordinal)
    {
        "era", "area", "based", "born", "led", "backed", "style", "made", "owned", "run", "controlled", "bound",
        "linked", "allied", "affiliated", "ranked", "seeded", "bred", "raised", "funded", "sponsored", "occupied",
        "held", "dominated", "centric", "wide", "type", "like", "specific", "related", "appointed", "supported",
    };

    private static bool EndsSentenceAfter(string text, int end)
    {
        // "U.S. officials": the next word is lower case → not a sentence end
        var j = end;
        while (j < text.Length && (text[j] == ' ' || text[j] == '"' || text[j] == '”')) j++;
        return j >= text.Length || !char.IsLower(text[j]);
    }

    private static bool IsInitials(string w) => w.Length >= 3 && w.Length % 2 == 0 && w.Where((ch, k) => k % 2 == 1 ? ch == '.' : char.IsLetter(ch)).Count() == w.Length;
    private static bool IsInitialLetter(string w) => w.Length == 2 && char.IsUpper(w[0]) && w[1] == '.';

    private static int ScanWord(string text, int i)
    {
        var start = i;
        var segment = 0; // letters since the last inner period, to keep "U.S." together
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c == '\u00AD') { i++; segment++; continue; }
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if ((c == '-' || c == '‐' || c == '&') && char.IsLetterOrDigit(next)) { i++; segment = 0; continue; }
            if ((c == '\'' || c == '’') && char.IsLetter(next))
            {
                // "'s" followed by a non-letter is a possessive, not part of the word
                var after = i + 2 < text.Length ? text[i + 2] : '\0';
                if ((next == 's' || next == 'S') && !char.IsLetter(after)) break;
                if ((next == 't' || next == 'd' || next == 'm') && !char.IsLetter(after)) break; // don't, I'd
                if (next == 'l' && after == 'l' || next == 'r' && after == 'e' || next == 'v' && after == 'e') break;
                i++; segment = 0; continue;
            }
            if (c == '.' && segment == 1 && char.IsLetter(next) && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
            {
                i++; segment = 0; continue; // U.S / U.N
            }
            if (c == '.' && (segment == 1 && i - start <= 5 && IsInitialsPrefix(text, start, i)))
            {
                i++; // the final period of "U.S." belongs to the word
                break;
            }
            break;
        }
        // "Mr." "Gen." "Sept.": titles and abbreviations keep their period
        if (i < text.Length && text[i] == '.' && MentionLexicon.Honorifics.Contains(text[start..i] + "."))
            i++;
        else if (i < text.Length && text[i] == '.' && MentionLexicon.TimeWords.Contains(text[start..i] + "."))
            i++;
        else if (i < text.Length && text[i] == '.' && i - start == 1 && char.IsUpper(text[start])
                 && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            i++; // a middle initial: "George W. Bush"
        return i;
    }

    private static bool IsInitialsPrefix(string text, int start, int i)
    {
        // text[start..i) looks like "U.S" (letter, period, letter ...)
        if (i - start < 3) return false;
        for (var k = start; k < i; k++)
            if ((k - start) % 2 == 0 ? !char.IsLetter(text[k]) : text[k] != '.') return false;
        return true;
    }
}
