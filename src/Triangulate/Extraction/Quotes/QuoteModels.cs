using System.Globalization;
using Triangulate.Documents;

namespace Triangulate.Extraction.Quotes;

/// <summary>
/// The learned decisions of the quotes stage, both logistic regressions trained on PolNeAR TRAIN
/// (<c>dotnet run -c Release --project tools/QuoteEval -- ../shared/eval/polnear train --train-models src/Triangulate/Resources</c>):
/// <list type="bullet">
/// <item><b>cue</b>: does this word head an attribution cue? Replaces a fixed threshold on the word's cue rate, so
/// that context decides ("sharply criticized": the head is "criticized", not "sharply"; "signed a deal" is no cue,
/// "believes that" is).</item>
/// <item><b>end</b>: where does a reported clause after its cue end? Each break is scored; the end is the most
/// likely first break ("he said the plan failed | , which ...", "... | at a rally in Iowa").</item>
/// </list>
/// Without the resources (or with <see cref="None"/>) the stage falls back to the lexicon rules.
/// </summary>
public sealed class QuoteModels
{
    /// <summary>Minimum cue probability; chosen on a held-out fifth of TRAIN (end-to-end content F1), never on dev.</summary>
    public const double CueThreshold = 0.35;

    /// <summary>The minimum where "that" or a quotation follows the word at once ("the mayor contends that ...",
    /// "the idea that ..."): a word of the lexicon there mostly frames what follows. Chosen on held-out fifths of TRAIN.</summary>
    public const double CueThresholdBeforeClause = 0.2;

    public QuoteModels(LogisticModel? cue, LogisticModel? end)
    {
        CueModel = cue;
        EndModel = end;
    }

    public LogisticModel? CueModel { get; }
    public LogisticModel? EndModel { get; }
    public double Threshold { get; init; } = CueThreshold;

    /// <summary>A word must have been a cue at least this often in TRAIN (<see cref="CueLexicon.CueCount"/>) before
    /// the model may call it one: context alone ("he carried that message", "Perez pulls up") makes verbs of action
    /// look like cues, and the long tail they would add is mostly wrong.</summary>
    public int MinLexiconCount { get; init; } = 3;

    /// <summary>Verbs of doing, getting and giving are never cues (<see cref="FrameFinder.ActionVerbs"/>); off only to
    /// measure what the exclusion costs on PolNeAR.</summary>
    public bool ExcludeActions { get; init; } = true;

    public static QuoteModels Default { get; } = new(LogisticModel.FromResource("quote-cue-model.tsv"), LogisticModel.FromResource("quote-end-model.tsv"));

    public static QuoteModels None { get; } = new(null, null);

    public static QuoteModels Load(string directory) => new(
        ReadIfExists(Path.Combine(directory, "quote-cue-model.tsv")), ReadIfExists(Path.Combine(directory, "quote-end-model.tsv")));

    private static LogisticModel? ReadIfExists(string path)
    {
        if (!File.Exists(path)) return null;
        using var r = new StreamReader(path);
        return LogisticModel.Read(r);
    }

    internal double CueProbability(string text, Piece[] p, int i)
    {
        if (CueModel is null) return 0;
        var sum = CueModel.StartSum();
        QuoteFeatures.Cue(text, p, i, ref sum);
        return sum.Probability;
    }

    internal double EndProbability(string text, Piece[] p, int start, int k, string cue)
    {
        if (EndModel is null) return 0;
        var sum = EndModel.StartSum();
        QuoteFeatures.End(text, p, start, k, cue, ref sum);
        return sum.Probability;
    }

    /// <summary>The end (exclusive piece index, trailing punctuation trimmed) of a reported clause starting at
    /// <paramref name="start"/>: the break k maximising P(stop at k)·Π(no stop before k); null without a model.</summary>
    internal int? ContentEnd(string text, Piece[] p, int start, int end, string cue)
    {
        if (EndModel is null || start >= end) return null;
        var best = end;
        var bestScore = double.NegativeInfinity;
        var logContinue = 0.0;
        for (var k = start + 1; k <= end; k++)
        {
            // A quotation mark the splitter could not pair ("... memos \" show clearly ...") belongs to quoted words
            // that run on; the clause does not end before it.
            if (k < end && p[k].Kind == PieceKind.Punct && (QuotedSpans.IsDoubleMark(text[p[k].Start]) || text[p[k].Start] is '\'' or '‘' or '’')) continue;
            var stop = k >= end ? 1.0 : EndProbability(text, p, start, k, cue);
            var score = logContinue + Math.Log(Math.Max(stop, 1e-12));
            if (score > bestScore) { bestScore = score; best = k; }
            logContinue += Math.Log(Math.Max(1 - stop, 1e-12));
            if (logContinue < bestScore - 12) break;
        }
        return FrameFinder.TrimEnd(p, start, best);
    }
}

/// <summary>Training examples for <see cref="QuoteModels"/>, computed with the stage's own pieces and features from
/// an analysed article and its gold attributions (cue spans, content spans).</summary>
public static class QuoteTraining
{
    /// <summary>Function words, auxiliaries and adverbs inside a gold cue span are not its head ("has long said",
    /// "sharply criticized", "said in a statement" → said / criticized / said).</summary>
    private static bool CanHead(string text, in Piece w) =>
        w.IsWord && !FrameFinder.IsAuxiliary(w.Lower) && !FrameFinder.IsDeterminer(w.Lower)
        && w.Lower is not ("to" or "in" or "on" or "of" or "for" or "a" or "the" or "not" or "n't" or "don't" or "didn't" or "doesn't" or "also" or "and")
        && !(w.Lower.EndsWith("ly", StringComparison.Ordinal) && w.Lower.Length > 4 && w.Lower != "early");

    /// <summary>Every word outside quotations with its cue probability (for inspecting the model).</summary>
    public static IEnumerable<(string Word, int Start, double Probability)> CueScores(AnalyzedArticle doc, QuoteModels models)
    {
        var paragraphs = QuoteExtractor.BodyParagraphs(doc);
        foreach (var sentence in PieceSplitter.Split(doc.Text, paragraphs, QuotedSpans.Find(doc.Text, paragraphs)))
            for (var k = 0; k < sentence.Pieces.Length; k++)
                if (sentence.Pieces[k].IsWord) yield return (sentence.Pieces[k].Lower, sentence.Pieces[k].Start, models.CueProbability(doc.Text, sentence.Pieces, k));
    }

    /// <summary>The words the stage takes as a cue head by themselves (<c>FrameFinder.IsCueAt</c>: the model, the
    /// lexicon count and the fixed exclusions), by start offset (for error analysis).</summary>
    public static HashSet<int> AcceptedCueStarts(AnalyzedArticle doc, QuoteModels models)
    {
        var paragraphs = QuoteExtractor.BodyParagraphs(doc);
        var starts = new HashSet<int>();
        foreach (var sentence in PieceSplitter.Split(doc.Text, paragraphs, QuotedSpans.Find(doc.Text, paragraphs)))
            for (var k = 0; k < sentence.Pieces.Length; k++)
                if (sentence.Pieces[k].IsWord && FrameFinder.IsCueAt(doc.Text, sentence.Pieces, k, CueLexicon.Default, models))
                    starts.Add(sentence.Pieces[k].Start);
        return starts;
    }

    private sealed record Located(int Sentence, int Head, int ContentStart, int ContentEnd);

    private sealed record Gold(List<PieceSentence> Sentences, HashSet<(int, int)> Heads, HashSet<(int, int)> InsideCue, List<Located> Located);

    /// <summary>The gold cue heads and the content spans that end inside their sentence, in the stage's pieces.</summary>
    private static Gold Locate(AnalyzedArticle doc, IReadOnlyList<(IReadOnlyList<Span> Cue, IReadOnlyList<Span> Content)> gold)
    {
        var text = doc.Text;
        var paragraphs = QuoteExtractor.BodyParagraphs(doc);
        var sentences = PieceSplitter.Split(text, paragraphs, QuotedSpans.Find(text, paragraphs));
        var heads = new HashSet<(int, int)>();
        var insideCue = new HashSet<(int, int)>();
        var located = new List<Located>();
        foreach (var (cue, content) in gold)
        {
            if (cue.Count == 0) continue;
            var c0 = cue[0];
            for (var s = 0; s < sentences.Count; s++)
            {
                var p = sentences[s].Pieces;
                if (sentences[s].End <= c0.Start || sentences[s].Start >= c0.End) continue;
                var head = -1;
                for (var k = 0; k < p.Length; k++)
                {
                    if (!p[k].IsWord || p[k].End <= c0.Start || p[k].Start >= c0.End) continue;
                    insideCue.Add((s, k));
                    if (head < 0 && CanHead(text, p[k])) head = k;
                }
                if (head < 0) break;
                heads.Add((s, head));
                // The content's pieces in this sentence, right of the cue and ending inside the sentence.
                var cEnd = content[^1].End;
                var cStart = content[0].Start;
                var first = -1; var last = -1;
                for (var k = head + 1; k < p.Length; k++)
                {
                    if (p[k].End <= cStart || p[k].Start >= cEnd) continue;
                    if (first < 0) first = k;
                    if (p[k].IsWord || p[k].IsQuote) last = k;
                }
                if (first >= 0 && last >= first && cEnd <= sentences[s].End && p[first].Start >= cStart - 1)
                    located.Add(new Located(s, head, first, last + 1));
                break;
            }
        }
        return new Gold(sentences, heads, insideCue, located);
    }

    public static (List<(string[] Features, bool Label)> Cue, List<(string[] Features, bool Label)> End) Examples(
        AnalyzedArticle doc, IReadOnlyList<(IReadOnlyList<Span> Cue, IReadOnlyList<Span> Content)> gold)
    {
        var text = doc.Text;
        var (sentences, heads, insideCue, located) = Locate(doc, gold);
        var cueExamples = new List<(string[], bool)>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var p = sentences[s].Pieces;
            for (var k = 0; k < p.Length; k++)
            {
                if (!p[k].IsWord) continue;
                var isHead = heads.Contains((s, k));
                if (!isHead && insideCue.Contains((s, k))) continue;
                cueExamples.Add((QuoteFeatures.Cue(text, p, k), isHead));
            }
        }
        var endExamples = new List<(string[], bool)>();
        foreach (var l in located)
        {
            var p = sentences[l.Sentence].Pieces;
            var cue = p[l.Head].Lower;
            for (var k = l.ContentStart + 1; k <= l.ContentEnd && k < p.Length; k++)
                endExamples.Add((QuoteFeatures.End(text, p, l.ContentStart, k, cue), k == l.ContentEnd));
        }
        return (cueExamples, endExamples);
    }

    /// <summary>The texts of the two model files (cue, end) learned from analysed articles and their gold
    /// attributions, exactly as <c>QuoteEval --train-models</c> writes them and <c>--check-models</c> compares them.
    /// Articles are taken in the order given; the result does not depend on it (<see cref="LogisticModel.Train"/>).</summary>
    public static (string Cue, string End) TrainModels(
        IEnumerable<(AnalyzedArticle Doc, IReadOnlyList<(IReadOnlyList<Span> Cue, IReadOnlyList<Span> Content)> Gold)> articles,
        string source, double l2)
    {
        var cue = new List<(string[] Features, bool Label)>();
        var end = new List<(string[] Features, bool Label)>();
        foreach (var (doc, gold) in articles)
        {
            var (c, e) = Examples(doc, gold);
            cue.AddRange(c);
            end.AddRange(e);
        }
        var inv = CultureInfo.InvariantCulture;
        var note = string.Create(inv, $"derived from {source}, L2 {l2.ToString("R", inv)}, by tools/QuoteEval --train-models");
        var cueText = LogisticModel.Train(cue, l2: l2)
            .ToText(string.Create(inv, $"cue head model: {cue.Count} words, {cue.Count(x => x.Label)} cue heads; {note}"));
        var endText = LogisticModel.Train(end, l2: l2)
            .ToText(string.Create(inv, $"content end model: {end.Count} breaks, {end.Count(x => x.Label)} ends; {note}"));
        return (cueText, endText);
    }

    /// <summary>The end model's probability at each break of <see cref="Examples"/>' end examples, in the same order,
    /// as extraction computes it (for checking that it matches the model over the spelled-out features).</summary>
    public static IEnumerable<double> EndScores(AnalyzedArticle doc, IReadOnlyList<(IReadOnlyList<Span> Cue, IReadOnlyList<Span> Content)> gold,
        QuoteModels models)
    {
        var located = Locate(doc, gold);
        foreach (var l in located.Located)
        {
            var p = located.Sentences[l.Sentence].Pieces;
            for (var k = l.ContentStart + 1; k <= l.ContentEnd && k < p.Length; k++)
                yield return models.EndProbability(doc.Text, p, l.ContentStart, k, p[l.Head].Lower);
        }
    }
}
