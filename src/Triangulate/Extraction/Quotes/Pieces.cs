using System.Runtime.InteropServices;
using Triangulate.Documents;

namespace Triangulate.Extraction.Quotes;

internal enum PieceKind { Word, Punct, Quote }

/// <summary>One unit of a sentence as the attribution rules see it: a word, a punctuation mark, or a whole
/// quotation (opaque: cue words inside quoted speech are never attribution cues of the article).</summary>
internal readonly record struct Piece(PieceKind Kind, int Start, int End, string Lower, int QuoteIndex)
{
    public bool IsWord => Kind == PieceKind.Word;
    public bool IsQuote => Kind == PieceKind.Quote;
    public bool IsPunct(char c) => Kind == PieceKind.Punct && Lower.Length == 1 && Lower[0] == c;
    public bool IsCapitalised(string text) => Kind == PieceKind.Word && char.IsUpper(text[Start]);
}

/// <summary>A sentence of one paragraph as pieces. Sentences never end inside a quotation.</summary>
internal sealed record PieceSentence(int Paragraph, Piece[] Pieces)
{
    public int Start => Pieces[0].Start;
    public int End => Pieces[^1].End;
}

/// <summary>Splits body paragraphs into quote-aware sentences of pieces.</summary>
internal static class PieceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "st", "jr", "sr",
        "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "mt",
        "no", "vs", "adm", "maj", "pres", "supt", "rev", "hon", "gens", "reps", "sens", "ft", "messrs", "mmes", "u.s",
        "u.n", "u.k", "d.c", "a.m", "p.m", "e.g", "i.e", "etc", "al", "calif", "fla", "ky", "ariz", "tenn", "ga",
        "mass", "penn", "wash", "mich", "ill", "minn", "wis", "ind", "va", "md", "colo", "okla", "conn", "nev",
    };

    /// <summary>Abbreviations that stand before a name, never at a sentence end.</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "st", "adm", "maj", "pres",
        "supt", "rev", "hon", "gens", "reps", "sens", "messrs", "mmes", "no", "vs", "mt", "ft",
    };

    public static List<PieceSentence> Split(string text, IReadOnlyList<Span> paragraphs, IReadOnlyList<QuotedSpan> quotes)
    {
        var sentences = new List<PieceSentence>();
        var qi = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            var pieces = new List<Piece>();
            var i = para.Start;
            while (qi < quotes.Count && quotes[qi].Open < para.Start && quotes[qi].End <= para.Start) qi++;
            while (i < para.End)
            {
                // A quotation that started in an earlier paragraph and continues here is one opaque piece,
                // attached to the paragraph where it opened; skip its remainder here.
                var q = QuoteCovering(quotes, i);
                if (q >= 0)
                {
                    if (quotes[q].Open >= para.Start)
                        pieces.Add(new Piece(PieceKind.Quote, quotes[q].Open, quotes[q].End, "\"", q));
                    i = Math.Max(i + 1, Math.Min(quotes[q].End, para.End));
                    if (quotes[q].End > para.End) break;
                    continue;
                }
                var c = text[i];
                if (char.IsWhiteSpace(c)) { i++; continue; }
                if (char.IsLetterOrDigit(c) || (c is '$' or '#' or '@' && i + 1 < para.End && char.IsLetterOrDigit(text[i + 1])))
                {
                    var j = i + 1;
                    while (j < para.End)
                    {
                        var d = text[j];
                        if (char.IsLetterOrDigit(d)) { j++; continue; }
                        // Internal apostrophes, hyphens, dots, ampersands and digit commas stay inside a word.
                        if (d is '\'' or '’' or '-' or '.' or '&' or ',' && j + 1 < para.End && char.IsLetterOrDigit(text[j + 1])
                            && !(d == ',' && !(char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1]))))
                        { j++; continue; }
                        break;
                    }
                    // "Mr." "U.S." "Sen." keep their period.
                    if (j < para.End && text[j] == '.' && IsAbbreviation(text, i, j)) j++;
                    // Possessive "'s" split off so "Korea's" leaves a clean name.
                    var end = j;
                    if (end - i > 2 && (text[end - 2] is '\'' or '’') && text[end - 1] is 's' or 'S')
                    {
                        pieces.Add(Word(text, i, end - 2));
                        pieces.Add(Word(text, end - 2, end));
                    }
                    else pieces.Add(Word(text, i, end));
                    i = j;
                    continue;
                }
                if (c is '-' or '—' or '–')
                {
                    var j = i + 1;
                    while (j < para.End && text[j] is '-' or '—' or '–') j++;
                    pieces.Add(new Piece(PieceKind.Punct, i, j, "-", -1));
                    i = j;
                    continue;
                }
                pieces.Add(new Piece(PieceKind.Punct, i, i + 1, c switch { '’' or '‘' => "'", _ => c.ToString() }, -1));
                i++;
            }
            SplitParagraph(text, p, pieces, quotes, sentences);
        }
        return sentences;
    }

    private static Piece Word(string text, int s, int e) =>
        new(PieceKind.Word, s, e, text.Substring(s, e - s).Replace('’', '\'').ToLowerInvariant(), -1);

    /// <summary>AP state abbreviations ("a truck driver from Ava, Mo., said"); capitalised only and before a comma,
    /// since some are also words that can end a sentence ("iron ore.", "we won't miss.").</summary>
    private static readonly HashSet<string> StateAbbreviations = new(StringComparer.Ordinal)
    {
        "Mo", "Ala", "Ark", "Kan", "Kans", "Neb", "Nebr", "Vt", "Wyo", "Tex", "Pa", "La", "Del", "Ore", "Miss", "Mont",
        "N.Y", "N.J", "N.H", "N.C", "S.C", "N.M", "N.D", "S.D", "W.Va", "R.I",
    };

    private static bool IsAbbreviation(string text, int s, int e)
    {
        var w = text.Substring(s, e - s);
        if (w.Length == 1 && char.IsUpper(w[0])) return true;   // initials: "John F. Kennedy"
        // A state abbreviation inside the sentence ("Ava, Mo., who") keeps its period; at a sentence end ("in Fort Mill,
        // S.C. “It ...") the period also ends the sentence.
        return Abbreviations.Contains(w) || (StateAbbreviations.Contains(w) && e + 1 < text.Length && text[e + 1] == ',');
    }

    private static int QuoteCovering(IReadOnlyList<QuotedSpan> quotes, int offset)
    {
        // Quotations are few per article; a linear scan keeps this simple.
        for (var k = 0; k < quotes.Count; k++)
            if (offset >= quotes[k].Open && offset < quotes[k].End) return k;
        return -1;
    }

    private static void SplitParagraph(string text, int paragraph, List<Piece> pieces, IReadOnlyList<QuotedSpan> quotes, List<PieceSentence> sentences)
    {
        var start = 0;
        for (var k = 0; k < pieces.Count; k++)
        {
            var p = pieces[k];
            var boundary = false;
            // "... in Santa Monica, Calif. “The reality is ...”": an abbreviation's period before a quotation ends the
            // sentence, unless it is a title before a name.
            if (p.IsWord && text[p.End - 1] == '.' && k + 1 < pieces.Count && pieces[k + 1].IsQuote && !Titles.Contains(p.Lower.TrimEnd('.')))
                boundary = true;
            else if (p.Kind == PieceKind.Punct && p.Lower is "." or "?" or "!")
            {
                var next = k + 1 < pieces.Count ? pieces[k + 1] : default;
                boundary = k + 1 >= pieces.Count || next.IsQuote || (next.IsWord && (char.IsUpper(text[next.Start]) || char.IsDigit(text[next.Start])));
                // A closing bracket or stray mark may follow the stop: keep it in this sentence.
                if (boundary && next.Kind == PieceKind.Punct) boundary = false;
            }
            else if (p.IsQuote && k + 1 < pieces.Count && EndsSentence(text, quotes[p.QuoteIndex]))
            {
                // “We will win.” The crowd cheered.  — but not “Really?” Trump asked.
                var next = pieces[k + 1];
                var stop = text[quotes[p.QuoteIndex].Content.End - 1] == '.';
                boundary = next.IsQuote || (next.IsWord && char.IsUpper(text[next.Start]) && !CueFollows(pieces, k + 1, stop)
                                            && !(!stop && FrameFinder.TrailingSpeaker(text, CollectionsMarshal.AsSpan(pieces).Slice(k, Math.Min(12, pieces.Count - k)), 0) is not null));
            }
            if (boundary)
            {
                sentences.Add(new PieceSentence(paragraph, pieces.GetRange(start, k + 1 - start).ToArray()));
                start = k + 1;
            }
        }
        if (start < pieces.Count) sentences.Add(new PieceSentence(paragraph, pieces.GetRange(start, pieces.Count - start).ToArray()));
    }

    private static bool EndsSentence(string text, QuotedSpan q)
    {
        var c = q.Content;
        return c.Length > 0 && text[c.End - 1] is '.' or '?' or '!';
    }

    /// <summary>“...?” Trump asked.  After a full stop only a short trailing attribution keeps the quotation in
    /// the sentence (“... missing.” Trump said.), a writer's slip that is common enough to matter.</summary>
    private static bool CueFollows(List<Piece> pieces, int from, bool afterStop)
    {
        // “... jobs.” He said, twice, that ...: a trailing attribution writes its pronoun in lower case ("he said"),
        // so a capitalised one opens the next sentence; but “...” He added, “...” is one quotation around its cue.
        if (pieces[from].Lower is "he" or "she" or "they" or "we" or "it" or "you"
            && !(from + 3 < pieces.Count && pieces[from + 1].IsWord && pieces[from + 2].IsPunct(',') && pieces[from + 3].IsQuote)) return false;
        for (var k = from; k < Math.Min(pieces.Count, from + 4); k++)
        {
            if (!pieces[k].IsWord) return false;
            // “We are not terrorists.” Mr. Zahed said: “...”: a cue before a colon introduces what follows.
            if (CueLexicon.Default.IsStrong(pieces[k].Lower))
                return k + 1 >= pieces.Count || (!pieces[k + 1].IsPunct(':') && (!afterStop || pieces[k + 1].Kind == PieceKind.Punct));
        }
        return false;
    }
}
