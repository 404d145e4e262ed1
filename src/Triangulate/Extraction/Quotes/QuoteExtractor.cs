using Triangulate.Documents;

namespace Triangulate.Extraction.Quotes;

/// <summary>
/// Finds the quotations and reported speech of one article and who they are attributed to.
/// Works on the original text: body paragraphs (removed spans excluded) are cut into quote-aware sentences of
/// pieces, attribution frames are found around learned cue words, quotations are attached to the frame that
/// introduces or follows them, and quotations with no frame of their own continue the most recent speaker.
/// </summary>
public static class QuoteExtractor
{
    private const int ContinuationSentences = 6;
    internal static int MergeParagraphs = 1;

    public static IReadOnlyList<Quote> Extract(AnalyzedArticle doc, CueLexicon? lexicon = null, QuoteModels? models = null)
    {
        lexicon ??= CueLexicon.Default;
        models ??= QuoteModels.Default;
        var text = doc.Text;
        var paragraphs = BodyParagraphs(doc);
        var quotes = QuotedSpans.Find(text, paragraphs);
        var sentences = PieceSplitter.Split(text, paragraphs, quotes);
        var linker = new SpeakerLinker(doc);

        var results = new List<(Quote Quote, int Sentence, bool OpenEnded)>();
        var covered = new bool[quotes.Count];
        var lastSourced = new List<(int Sentence, int Paragraph, Frame Frame)>();

        var signature = new HashSet<int>();
        Frame? awaiting = null;
        var awaitingSentence = -1;
        for (var si = 0; si < sentences.Count; si++)
        {
            var sentence = sentences[si];
            var p = sentence.Pieces;
            if (signature.Contains(si)) continue;   // "-Michelle Marks, Philadelphia." already used as a speaker
            var frames = FrameFinder.Find(text, si, p, lexicon, models);
            foreach (var f in frames)
            {
                for (var k = f.ContentStart; k < f.ContentEnd; k++)
                {
                    if (p[k].IsQuote) covered[p[k].QuoteIndex] = true;
                }
                if (f.ResumedQuote is { } rq) covered[p[rq].QuoteIndex] = true;
                if (f.AwaitsQuote)
                {
                    if (f.SourceSpan(p) is not null) lastSourced.Add((si, sentence.Paragraph, f));
                    awaiting = f;
                    awaitingSentence = si;
                    continue;
                }
                var q = Build(text, p, f, quotes, linker);
                if (q is null) continue;
                if (f.RunsToParagraphEnd) q = ToParagraphEnd(text, sentences, si, q, covered, signature);
                results.Add((q, si, EndsWithComma(text, q)));
                if (f.SourceSpan(p) is not null) lastSourced.Add((si, sentence.Paragraph, f));
            }

            // Quotations no frame of this sentence claimed.
            for (var k = 0; k < p.Length; k++)
            {
                if (!p[k].IsQuote || covered[p[k].QuoteIndex]) continue;
                var qs = quotes[p[k].QuoteIndex];
                covered[p[k].QuoteIndex] = true;
                var sentenceLevel = k == 0 || p.Take(k).All(x => x.Kind == PieceKind.Punct) || p[k - 1].IsPunct(':');
                if (!sentenceLevel) continue;   // a scare quote or title inside someone else's sentence
                var words = WordCount(text, qs.Content);
                if (LooksLikeTitle(text, qs.Content, words)) continue;   // ''Friends'' has been a surprise hit
                if (IsSubheading(text, qs, sentence, words)) continue;

                // “..." – Jane Doe   (a trailing dash attribution)
                if (k + 2 < p.Length && p[k + 1].IsPunct('-') && p[k + 2].IsCapitalised(text))
                {
                    var end = k + 2;
                    while (end < p.Length && p[end].IsWord) end++;
                    var source = new Span(p[k + 2].Start, p[end - 1].End);
                    var dash = DirectQuote(text, qs, null) with
                    {
                        Speaker = linker.Link(source), Cue = p[k + 1].Span(), Confidence = 0.75,
                    };
                    dash = dash with { Chain = linker.Chain([source]), ChainEntities = linker.ChainEntities([source]) };
                    results.Add((dash, si, false));
                    continue;
                }

                // Cruz continued:  ⏎ “You look at the questions ...”
                if (awaiting is not null && awaitingSentence == si - 1 && k == 0)
                {
                    var ap = sentences[awaitingSentence].Pieces;
                    var src = awaiting.SourceSpan(ap)!.Value;
                    var chain = awaiting.Chain.Count > 0 ? awaiting.Chain : [src];
                    results.Add((DirectQuote(text, qs, linker.Link(src)) with
                    {
                        Cue = awaiting.Cue, Chain = linker.Chain(chain), ChainEntities = linker.ChainEntities(chain),
                        Confidence = awaiting.Confidence,
                    }, si, false));
                    awaiting = null;
                    continue;
                }

                // “What exactly...? Left to be seen,” Austin said. “These are ...” – one interrupted quotation.
                // The same holds for quotation paragraphs that follow an attributed quotation directly: news
                // style attributes the first paragraph of a long quotation only.
                // A reported question after the quotation ("..., she said when asked whether ...") does not end it.
                var last = results.Count - 1;
                while (last > 0 && results[last].Sentence == si - 1 && results[last].Quote.Kind != QuoteKind.Direct
                       && results[last - 1].Sentence == si - 1) last--;
                if (last >= 0 && results[last].Sentence == si - 1 && (results[last].Quote.Kind == QuoteKind.Direct || (EndsInQuotation(text, results[last].Quote)))
                    && results[last].Quote.Speaker is not null
                    && sentence.Paragraph - sentences[si - 1].Paragraph <= MergeParagraphs
                    && !p.Skip(k + 1).Any(x => x.IsWord))
                {
                    var prev = results[last].Quote;
                    var parts = (prev.Parts.Count > 0 ? prev.Parts : [prev.Span]).Concat(Pieces(text, qs)).ToArray();
                    var merged = prev with
                    {
                        End = parts[^1].End, Text = text[prev.Start..parts[^1].End], Parts = parts,
                    };
                    results[last] = (merged, si, false);
                    continue;
                }

                // A quotation paragraph signed on the next line: “...” ⏎ -Michelle Marks, Philadelphia.
                if (k == 0 && p.Length <= 2 && si + 1 < sentences.Count && sentences[si + 1].Paragraph == sentence.Paragraph + 1
                    && SignedBy(text, sentences[si + 1].Pieces) is { } signer)
                {
                    var signed = DirectQuote(text, qs, linker.Link(signer.Source)) with
                    {
                        Cue = signer.Dash, Chain = linker.Chain([signer.Source]), ChainEntities = linker.ChainEntities([signer.Source]),
                        Confidence = 0.75,
                    };
                    results.Add((signed, si, false));
                    signature.Add(si + 1);
                    continue;
                }

                // A quotation standing alone continues the speaker of the nearest preceding attribution.
                Frame? from = null;
                Piece[]? fromPieces = null;
                if (lastSourced.Count > 0)
                {
                    var (fs, fp, ff) = lastSourced[^1];
                    if (si - fs <= ContinuationSentences && sentence.Paragraph - fp <= 2)
                    {
                        from = ff;
                        fromPieces = sentences[fs].Pieces;
                    }
                }
                if (from is null && words < 4) continue;
                var direct = DirectQuote(text, qs, null);
                if (from is not null && fromPieces is not null && from.SourceSpan(fromPieces) is { } inherited)
                {
                    direct = direct with
                    {
                        Speaker = linker.Link(inherited), Cue = from.Cue,
                        Chain = linker.Chain(from.Chain), ChainEntities = linker.ChainEntities(from.Chain),
                        Confidence = 0.6,
                    };
                }
                else direct = direct with { Confidence = 0.3 };
                results.Add((direct, si, false));
            }
        }
        return results.Select(r => r.Quote).OrderBy(q => q.Start).ThenBy(q => q.End).ToArray();
    }

    /// <summary>A transcript turn ("Matthews: Well, ...") keeps the rest of its paragraph: the later sentences are
    /// part of the content and are not read for attributions of their own.</summary>
    private static Quote ToParagraphEnd(string text, List<PieceSentence> sentences, int si, Quote q, bool[] covered, HashSet<int> skip)
    {
        var last = si;
        while (last + 1 < sentences.Count && sentences[last + 1].Paragraph == sentences[si].Paragraph) last++;
        if (last == si) return q;
        for (var k = si + 1; k <= last; k++)
        {
            skip.Add(k);
            foreach (var piece in sentences[k].Pieces) if (piece.IsQuote) covered[piece.QuoteIndex] = true;
        }
        var lp = sentences[last].Pieces;
        var end = lp[FrameFinder.TrimEnd(lp, 0, lp.Length) is var e && e > 0 ? e - 1 : lp.Length - 1].End;
        return q with { End = end, Text = text[q.Start..end] };
    }

    /// <summary>A signature line: a dash, then a capitalised name up to a comma or the end ("-President Obama,
    /// tweeting after Clinton's speech.").</summary>
    private static (Span Source, Span Dash)? SignedBy(string text, Piece[] p)
    {
        if (p.Length < 2 || !p[0].IsPunct('-') || !p[1].IsCapitalised(text)) return null;
        var end = 1;
        while (end < p.Length && end < 7 && p[end].IsWord) end++;
        if (end < p.Length && !(p[end].Kind == PieceKind.Punct && p[end].Lower is "," or "." or "(")) return null;
        if (p.Length > 16) return null;
        return (new Span(p[1].Start, p[end - 1].End), p[0].Span());
    }

    /// <summary>A mixed quote whose last words are quoted ("In past campaigns, “we felt ...,” he said"): a quotation
    /// that follows it resumes the speaker's words as it would a direct quote.</summary>
    private static bool EndsInQuotation(string text, Quote q)
    {
        if (q.Kind != QuoteKind.Mixed) return false;
        var e = q.Parts.Count > 0 ? q.Parts[^1].End : q.End;
        while (e > q.Start && text[e - 1] is ',' or '.' or ' ' or '?' or '!') e--;
        return e > q.Start && text[e - 1] is '”' or '"' || (e > q.Start + 1 && text[e - 1] == '\'' && text[e - 2] == '\'');
    }

    private static bool EndsWithComma(string text, Quote q)
    {
        if (q.Kind != QuoteKind.Direct) return false;
        var last = q.Parts.Count > 0 ? q.Parts[^1] : q.Span;
        var e = last.End;
        // The trailing comma was trimmed from the content; look just after it, inside the marks.
        return e < text.Length && text[e] == ',' || (e > 0 && text[e - 1] == ',');
    }

    private static Quote? Build(string text, Piece[] p, Frame f, IReadOnlyList<QuotedSpan> quotes, SpeakerLinker linker)
    {
        var cs = f.ContentStart;
        var ce = f.ContentEnd;
        if (ce <= cs) return null;
        var onlyQuotes = true;
        var anyQuote = false;
        for (var k = cs; k < ce; k++)
        {
            if (p[k].IsQuote) anyQuote = true;
            else if (p[k].IsWord) onlyQuotes = false;
        }
        Quote q;
        if (anyQuote && onlyQuotes && f.Rest is { } tail && tail.End > tail.Start)
        {
            // A quotation whose sentence goes on unquoted after the attribution: the quoted pieces and the rest.
            var parts = new List<Span>();
            for (var k = cs; k < ce; k++) if (p[k].IsQuote) parts.AddRange(Pieces(text, quotes[p[k].QuoteIndex]));
            parts.Add(new Span(p[tail.Start].Start, p[tail.End - 1].End));
            q = new Quote(QuoteKind.Mixed, parts[0].Start, parts[^1].End, text[parts[0].Start..parts[^1].End]) { Parts = parts };
        }
        else if (anyQuote && onlyQuotes && f.Lead is { } qlead && qlead.End > qlead.Start && qlead.End <= cs)
        {
            // "An economic downturn, he said, “could be a good time ...”": the quoted words finish a sentence whose
            // start the attribution interrupts; both parts are what was said.
            var parts = new List<Span> { new(p[qlead.Start].Start, p[qlead.End - 1].End) };
            for (var k = cs; k < ce; k++) if (p[k].IsQuote) parts.AddRange(Pieces(text, quotes[p[k].QuoteIndex]));
            q = new Quote(QuoteKind.Mixed, parts[0].Start, parts[^1].End, text[parts[0].Start..parts[^1].End]) { Parts = parts };
        }
        else if (anyQuote && onlyQuotes)
        {
            var parts = new List<Span>();
            for (var k = cs; k < ce; k++) if (p[k].IsQuote) parts.AddRange(Pieces(text, quotes[p[k].QuoteIndex]));
            if (f.ResumedQuote is { } rq) parts.AddRange(Pieces(text, quotes[p[rq].QuoteIndex]));
            q = new Quote(QuoteKind.Direct, parts[0].Start, parts[^1].End, text[parts[0].Start..parts[^1].End])
            {
                Parts = parts.Count > 1 ? parts : [],
            };
        }
        else
        {
            var start = p[cs].Start;
            var end = p[ce - 1].End;
            if (f.Rest is { } rest && rest.End > rest.Start)
            {
                var second = new Span(p[rest.Start].Start, p[rest.End - 1].End);
                q = new Quote(anyQuote ? QuoteKind.Mixed : QuoteKind.Indirect, start, second.End, text[start..second.End])
                {
                    Parts = [new Span(start, end), second],
                };
            }
            else if (f.Lead is { } lead && lead.End > lead.Start && lead.End <= cs)
            {
                var first = new Span(p[lead.Start].Start, p[lead.End - 1].End);
                q = new Quote(anyQuote ? QuoteKind.Mixed : QuoteKind.Indirect, first.Start, end, text[first.Start..end])
                {
                    Parts = [first, new Span(start, end)],
                };
            }
            else q = new Quote(anyQuote ? QuoteKind.Mixed : QuoteKind.Indirect, start, end, text[start..end]);
        }
        var source = f.SourceSpan(p);
        if (source is null) return q with { Cue = f.Cue, Confidence = f.Confidence * 0.5 };
        var chain = f.Chain.Count > 0 ? f.Chain : [source.Value];
        return q with
        {
            Speaker = linker.Link(source.Value, f.Antecedent),
            Cue = f.Cue,
            Chain = linker.Chain(chain),
            ChainEntities = linker.ChainEntities(chain),
            Confidence = Math.Round(f.Confidence, 3),
        };
    }

    private static Quote DirectQuote(string text, QuotedSpan qs, SpeakerRef? speaker)
    {
        var parts = Pieces(text, qs);
        return new Quote(QuoteKind.Direct, parts[0].Start, parts[^1].End, text[parts[0].Start..parts[^1].End])
        {
            Parts = parts.Count > 1 ? parts : [],
            Speaker = speaker,
        };
    }

    /// <summary>Quoted pieces without the comma that belongs to the attribution ("Left to be seen," Austin said).</summary>
    private static List<Span> Pieces(string text, QuotedSpan qs)
    {
        var list = new List<Span>(qs.Pieces.Count);
        foreach (var piece in qs.Pieces)
        {
            var e = piece.End;
            while (e > piece.Start + 1 && text[e - 1] is ',' or ' ') e--;
            list.Add(new Span(piece.Start, e));
        }
        return list;
    }

    /// <summary>"‘A fight from start to finish.’" standing alone as its paragraph, or "‘We are in shock’: A mosque ..."
    /// opening one: a short phrase in single marks heads a section of the article; and a quotation in capitals
    /// belongs to a headline. Neither is speech of the article.</summary>
    private static bool IsSubheading(string text, QuotedSpan qs, PieceSentence sentence, int words)
    {
        if (!HasLowercase(text, qs.Content)) return true;
        if (words > 8 || qs.Pieces.Count > 1 || text[qs.Open] is not ('‘' or '\'') || (text[qs.Open] == '\'' && qs.Open + 1 < text.Length && text[qs.Open + 1] == '\''))
            return false;
        var p = sentence.Pieces;
        var k = Array.FindIndex(p, x => x.IsQuote && x.Start == qs.Open);
        return k == 0 && (p.Length == 1 || p.Skip(1).All(x => x.Kind == PieceKind.Punct) || p[1].IsPunct(':'));
    }

    internal static bool HasLowercase(string text, Span s)
    {
        for (var i = s.Start; i < s.End; i++) if (char.IsLower(text[i])) return true;
        return false;
    }

    /// <summary>A short quotation in title case without a closing stop ("Tales From the Crypt", "Top Secret")
    /// names a show, a book or a label; speech has sentence punctuation or lower-case words.</summary>
    private static bool LooksLikeTitle(string text, Span s, int words)
    {
        if (words == 0 || words > 6) return false;
        var t = text[s.Start..s.End].TrimEnd(',', ' ');
        if (t.Length == 0 || t[^1] is '.' or '?' or '!') return false;
        foreach (var w in t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = w.Trim('\'', '’', '‘', '"', '(', ')', ':');
            if (letters.Length >= 4 && !char.IsUpper(letters[0])) return false;
        }
        return true;
    }

    private static int WordCount(string text, Span s)
    {
        var n = 0;
        var inWord = false;
        for (var i = s.Start; i < s.End; i++)
        {
            var w = char.IsLetterOrDigit(text[i]);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    /// <summary>Lines of body text: every newline ends a paragraph; removed spans (captions, embedded posts,
    /// credits) are cut out so that a tweet is never quoted speech of the article.</summary>
    internal static IReadOnlyList<Span> BodyParagraphs(AnalyzedArticle doc)
    {
        var text = doc.Text;
        var removed = doc.Removed.Select(r => r.Span).OrderBy(r => r.Start).ToArray();
        var result = new List<Span>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            AddBody(text, start, i, removed, result);
            start = i + 1;
        }
        return result;
    }

    private static void AddBody(string text, int start, int end, Span[] removed, List<Span> into)
    {
        var s = start;
        foreach (var r in removed)
        {
            if (r.End <= s || r.Start >= end) continue;
            AddTrimmed(text, s, Math.Min(r.Start, end), into);
            s = Math.Max(s, r.End);
        }
        AddTrimmed(text, s, end, into);
    }

    private static void AddTrimmed(string text, int s, int e, List<Span> into)
    {
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        if (e > s) into.Add(new Span(s, e));
    }
}
