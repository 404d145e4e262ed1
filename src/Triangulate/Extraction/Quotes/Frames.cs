using Triangulate.Documents;
using Triangulate.Extraction.Quantities;

namespace Triangulate.Extraction.Quotes;

/// <summary>One attribution found in a sentence: who (source), the cue, and what (content pieces), plus the
/// reporters/sources it passes through ("Mr Park cited Mr Cho as saying" → chain Park, Cho).</summary>
internal sealed class Frame
{
    public required int Sentence { get; init; }
    public required Span Cue { get; set; }
    /// <summary>Source pieces [start, end) in the sentence, or null when the source is inherited.</summary>
    public (int Start, int End)? Source { get; set; }
    /// <summary>Source span taken from an earlier frame ("..., adding", continuation quotes).</summary>
    public Span? InheritedSource { get; set; }
    /// <summary>Outermost first; the frame's own source is the first element unless an outer one was found.</summary>
    public List<Span> Chain { get; } = [];
    public int ContentStart { get; set; }
    public int ContentEnd { get; set; }
    /// <summary>The quotation resumed after an interrupting attribution (“...,” Austin said, “...”).</summary>
    public int? ResumedQuote { get; set; }
    /// <summary>The attribution ends with a colon and its quotation opens the next paragraph.</summary>
    public bool AwaitsQuote { get; set; }
    public double Confidence { get; set; } = 0.8;
    /// <summary>"voters who said ...": the source is the relative pronoun (as PolNeAR marks it); the noun it stands
    /// for names the speaker.</summary>
    public Span? Antecedent { get; set; }
    /// <summary>"Matthews: Well, speculation is bad. ..." – a transcript turn: the content is the rest of the paragraph.</summary>
    public bool RunsToParagraphEnd { get; set; }
    /// <summary>A second content piece after the attribution ("Trump was criticized by rivals | for failing ...").</summary>
    public (int Start, int End)? Rest { get; set; }
    /// <summary>A first content piece before an attribution that interrupts the reported sentence ("If the vote is
    /// close, | the campaign said, | it may not contest it"); the content proper is the part after it.</summary>
    public (int Start, int End)? Lead { get; set; }
    /// <summary>The subject of a sourceless hedge ("Clinton seemed ready to ..., telling the crowd"): no source of this
    /// frame, but the doer of a participle or a coordinated verb that follows.</summary>
    public Span? HedgedSubject { get; set; }

    /// <summary>Who a participle or coordinated verb after this frame reports: its source, else a hedged subject.</summary>
    public Span? DoerSpan(Piece[] p) => SourceSpan(p) ?? HedgedSubject;

    public Span? SourceSpan(Piece[] p) =>
        Source is { } s ? new Span(p[s.Start].Start, p[s.End - 1].End) : InheritedSource;

    /// <summary>Puts <paramref name="relay"/>, who passed the words on, at the head of the chain, before the frame's
    /// own <paramref name="source"/> ("..., according to a video" / "..., according to Park, who attended").</summary>
    public void RelayedBy(Span relay, Span source)
    {
        if (Chain.Count == 0) Chain.Add(source);
        Chain.Insert(0, relay);
    }
}

/// <summary>The attribution grammar: finds frames in a sentence of pieces using the learned cue lexicon.</summary>
internal static class FrameFinder
{
    internal const double MinCueProbability = 0.3;
    internal const int MinCueCount = 4;
    internal const double MinCueProbabilityBeforeClause = 0.1;

    private static readonly HashSet<string> NotCues = new(StringComparer.Ordinal)
    {
        "about", "out", "up", "s", "statement", "against", "from", "for", "interview", "on", "to", "of", "support",
        "according", "as", "via", "like", "over", "into", "through", "made", "make", "show", "shows", "showed",
        "showing", "found", "find", "poll", "polls", "survey", "data", "results", "report", "reports", "comments",
        "remarks", "speech", "tweet", "post", "quote", "letter", "op", "ed", "press", "release", "conference",
        "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "source", "sources", "question", "questions",
    };
    // "quoted" stays a cue: "The Post quoted another unnamed GOP official as saying ..."

    /// <summary>With the learned cue model, findings and stances ("the poll showed that", "researchers found that",
    /// "voters who support Trump") are left to the model; particles, prepositions and nouns stay excluded.</summary>
    private static readonly HashSet<string> ModelDecides = new(StringComparer.Ordinal)
    { "show", "shows", "showed", "showing", "found", "find", "support" };

    internal static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    { "he", "she", "they", "we", "i", "you", "it" };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "also", "later", "then", "previously", "once", "was", "is", "were", "are", "would",
        "will", "had", "did", "does", "do", "again", "recently", "repeatedly", "still", "even", "already", "often",
        "never", "first", "long", "reportedly", "publicly", "privately", "just", "has", "been", "could", "may", "might",
        "can", "should", "must", "not", "n't", "'ve", "'d", "'ll", "remain", "remains", "remained", "stay", "stays",
        "stayed", "become", "became", "grew", "grow", "grown",
    };

    private static readonly HashSet<string> Boundaries = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "whom", "whose", "when", "while", "because", "as", "if", "since", "after", "before",
        "where", "so", "but", "and", "or", "than", "to", "in", "on", "at", "with", "from", "by", "into", "about",
        "is", "was", "are", "were", "has", "have", "had", "be", "been", "would", "will", "could", "should", "can",
        "may", "might", "did", "does", "do", "what", "how", "why", "not", "also", "though", "although", "until",
        "unless", "whether", "then", "said", "says", "say", "told", "tells", "added", "wrote", "asked", "over", "during",
        "without", "through", "against", "like", "there", "here", "yes", "no", "this", "these", "those", "however",
        "instead", "even", "just", "only", "now", "later", "earlier", "still", "yet", "both", "either", "neither",
    };

    /// <summary>"He spoke after the commissioner told legislators that ...": a clause opened by one of these is the
    /// writer's setting, so a cue inside it has its own speaker, not the main clause's.</summary>
    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "after", "before", "when", "while", "as", "since", "because", "until", "once", "although", "though", "whereas",
    };

    /// <summary>Hedging passives: "X is said to be ...", "X is reported to have ...", "X is expected to ...".
    /// The subject is what the content is about; nobody is named as its source.</summary>
    private static readonly HashSet<string> HedgeParticiples = new(StringComparer.Ordinal)
    {
        "said", "reported", "believed", "expected", "thought", "rumored", "rumoured", "alleged", "understood",
        "known", "considered", "seen", "estimated", "feared", "projected", "predicted", "claimed", "suspected", "supposed",
    };

    private static readonly HashSet<string> SeemCues = new(StringComparer.Ordinal)
    { "seem", "seems", "seemed", "appear", "appears", "appeared" };

    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal)
    { "is", "are", "was", "were", "be", "been", "being", "'s", "'re" };

    private static readonly HashSet<string> ObjectTakingCues = new(StringComparer.Ordinal)
    {
        "told", "tell", "tells", "telling", "asked", "ask", "asks", "asking", "informed", "assured", "warned", "warns",
        "reminded", "urged", "urges", "advised", "promised", "briefed", "notified", "convinced", "quoted", "cited",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    { "in", "on", "at", "during", "to", "after", "before", "from", "via", "with", "for", "late", "earlier", "last", "this" };

    /// <summary>Days, named or relative: when something was said or done, never who.</summary>
    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight" };

    private static readonly HashSet<string> TimeWords = new(Weekdays.Concat(
    [
        "recently", "earlier", "later", "last", "week", "month", "year", "night", "morning", "afternoon", "evening",
        "again", "repeatedly", "publicly", "privately", "flatly", "bluntly", "simply", "also", "then",
    ]), StringComparer.Ordinal);

    /// <summary>"on Thursday", "late Tuesday", "last week": a time word with the word that introduces it, at
    /// <paramref name="k"/>.</summary>
    private static bool IsTimePhraseAt(Piece[] p, int k) =>
        k >= 0 && k + 1 < p.Length && p[k].IsWord && p[k].Lower is "on" or "late" or "early" or "last" or "this"
        && TimeWords.Contains(p[k + 1].Lower);

    private static readonly HashSet<string> InversionCues = new(StringComparer.Ordinal)
    {
        "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "told", "continued", "explained", "noted",
        "notes", "recalled", "declared", "insisted", "warned", "argued", "quipped", "replied", "responded", "tweeted",
        "stated", "observed", "exclaimed", "joked", "admitted", "acknowledged", "remarked", "conceded", "countered",
        "concluded", "announced", "claimed", "complained", "cautioned", "emphasized", "stressed", "boasted",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    { "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "'s", "of", "no", "any", "some" };

    /// <summary>Verbs of doing, getting and giving ("signed a deal", "is seeking weapons", "has avoided supplying
    /// weapons", "sent troops"). PolNeAR annotates some of them as attributions of intent, but what they report is an
    /// act, not speech, thought or stance, so a brief's "who said what" must not list them. Their cost on PolNeAR
    /// TRAIN is reported in docs/EVALUATION.md.</summary>
    internal static readonly HashSet<string> ActionVerbs = new(StringComparer.Ordinal)
    {
        "sign", "signs", "signed", "signing", "seek", "seeks", "sought", "seeking", "avoid", "avoids", "avoided", "avoiding",
        "boost", "boosts", "boosted", "boosting", "provide", "provides", "provided", "providing", "send", "sends", "sent",
        "sending", "deploy", "deploys", "deployed", "deploying", "launch", "launches", "launched", "launching", "hire",
        "hired", "spend", "spent", "spending", "pay", "paid", "paying", "build", "built", "carry", "carried", "place",
        "placed", "move", "moved", "join", "joined", "visit", "visited", "meet", "met", "win", "won", "lose", "lost",
        "buy", "bought", "sell", "sold", "supply", "supplied", "supplying", "deliver", "delivered", "passed", "filed",
        "opened", "appointed", "blocked", "approved", "adopted", "authorized", "sponsored", "gave", "drew", "picked",
        "stopped", "returned", "used", "released",
    };
    // Not listed, because in news they mostly report words: "posted on Twitter that", "fired/shot back", "hit
    // Trump on trade", "cast doubt on", "took aim at", "put it this way".

    /// <summary>Words that never head a cue whatever the model says: function words, auxiliaries, time words and
    /// adverbs ("have so far denied", "sharply criticized": the cue is the verb).</summary>
    private static bool CanHeadCue(string text, in Piece w) =>
        w.IsWord && !Auxiliaries.Contains(w.Lower) && !Determiners.Contains(w.Lower)
        && !Pronouns.Contains(w.Lower) && !TimeWords.Contains(w.Lower) && !IsAdverb(text, w)
        && (!Boundaries.Contains(w.Lower) || w.Lower is "said" or "says" or "say" or "told" or "tells" or "added" or "wrote" or "asked");

    internal static bool IsCueAt(string text, Piece[] p, int i, CueLexicon lexicon, QuoteModels models)
    {
        if (models.ExcludeActions && ActionVerbs.Contains(p[i].Lower)) return false;
        if (models.CueModel is not null)
            return CanHeadCue(text, p[i]) && (!NotCues.Contains(p[i].Lower) || ModelDecides.Contains(p[i].Lower))
                   && LexiconAdmits(p[i].Lower, lexicon, models)
                   && models.CueProbability(text, p, i) >= (OpensReportedClause(p, i) ? Math.Min(models.Threshold, QuoteModels.CueThresholdBeforeClause) : models.Threshold);
        return (IsCueWord(p[i], lexicon) || (OpensReportedClause(p, i) && IsWeakCueWord(p[i], lexicon)))
               && !(i > 0 && p[i - 1].IsWord && Determiners.Contains(p[i - 1].Lower));
    }

    /// <summary>A form seen as a cue fewer than <see cref="QuoteModels.MinLexiconCount"/> times may still be one when
    /// other forms of its lemma were cues at least this often in TRAIN ("warns" with "warned", "assails" with "assailed")
    /// and in at least <see cref="MinLemmaCueShare"/> of their occurrences.</summary>
    internal const int MinLemmaCueCount = 3;
    internal const double MinLemmaCueShare = 0.1;

    /// <summary>May the cue model decide this form? Only a form (or lemma) the lexicon knows as a cue.</summary>
    private static bool LexiconAdmits(string lower, CueLexicon lexicon, QuoteModels models)
    {
        if (lexicon.CueCount(lower) >= models.MinLexiconCount) return true;
        var (cue, total) = lexicon.LemmaCounts(lower);
        return cue >= Math.Max(models.MinLexiconCount, MinLemmaCueCount) && cue >= MinLemmaCueShare * total;
    }

    /// <summary>A cue word of the lexicon used as a noun with its holder and its preposition: "Pence's call for",
    /// "their support for", "his criticism of".</summary>
    private static bool IsHeldCueNoun(string text, Piece[] p, int i, CueLexicon lexicon, QuoteModels models) =>
        i > 0 && i + 2 < p.Length && p[i].IsWord && CanHeadCue(text, p[i]) && !NotCues.Contains(p[i].Lower)
        && p[i - 1].Lower is "'s" or "his" or "her" or "their" or "its" or "our"
        && p[i + 1].Lower is "of" or "for" or "about" or "against"
        && !p[i].IsCapitalised(text)
        && !p[i].Lower.EndsWith("ed", StringComparison.Ordinal) && !p[i].Lower.EndsWith("ing", StringComparison.Ordinal)
        && lexicon.CueCount(p[i].Lower) >= Math.Max(models.MinLexiconCount, MinCueCount)
        && lexicon.Probability(p[i].Lower) >= MinCueProbabilityBeforeClause;

    /// <summary>Cue count a context (<see cref="CueLexicon.InContext"/>) needs in TRAIN; it must also have been a cue
    /// in more than half of its occurrences.</summary>
    internal const int MinContextCount = 5;

    /// <summary>The word at <paramref name="i"/> was mostly a cue in TRAIN when the next word followed it: "to" before
    /// a verb ("sought to reassure", "vowed to repeal": the intended act is the content) or a preposition with its
    /// object ("pointed to the polls", "railed against the deal"). Verbs of saying are left to the model: after them
    /// a preposition opens the setting ("said on Tuesday", "wrote in a letter").</summary>
    private static bool IsContextCue(string text, Piece[] p, int i, CueLexicon lexicon)
    {
        if (i + 2 >= p.Length || !p[i].IsWord || !p[i + 1].IsWord || !CanHeadCue(text, p[i]) || NotCues.Contains(p[i].Lower)
            || InversionCues.Contains(p[i].Lower) || lexicon.IsStrong(p[i].Lower)) return false;
        var next = p[i + 1].Lower;
        if (next == "to" ? !IsBareVerb(text, p[i + 2]) : !(p[i + 2].IsWord || p[i + 2].IsQuote)) return false;
        var (cue, total) = lexicon.InContext(p[i].Lower, next);
        return cue >= MinContextCount && 2 * cue > total;
    }

    /// <summary>The length (3 or 2) of a lexicon phrase starting at <paramref name="i"/> that "that" follows at once
    /// ("made it clear that", "made clear that"), else 0.</summary>
    private static int ThatPhraseLength(Piece[] p, int i, CueLexicon lexicon)
    {
        for (var n = 3; n >= 2; n--)
        {
            if (i + n >= p.Length || p[i + n].Lower != "that") continue;
            var words = true;
            for (var k = i; k < i + n; k++) words &= p[k].IsWord;
            if (words && lexicon.IsPhrase(string.Join(' ', p[i..(i + n)].Select(x => x.Lower)))) return n;
        }
        return 0;
    }

    internal static bool IsDeterminer(string lower) => Determiners.Contains(lower);

    internal static bool IsAuxiliary(string lower) => Auxiliaries.Contains(lower);

    /// <summary>A verb followed at once by "that" or a quotation frames what follows ("insisted that ...",
    /// "fumed: “...”"), so a rarer cue word is trusted there.</summary>
    private static bool OpensReportedClause(Piece[] p, int i) =>
        i + 1 < p.Length && (p[i + 1].Lower == "that" || p[i + 1].IsQuote
                             || ((p[i + 1].IsPunct(',') || p[i + 1].IsPunct(':')) && i + 2 < p.Length && p[i + 2].IsQuote));

    private static bool IsWeakCueWord(in Piece p, CueLexicon lexicon) =>
        p.IsWord && !NotCues.Contains(p.Lower) && lexicon.CueCount(p.Lower) >= MinCueCount
        && lexicon.Probability(p.Lower) >= MinCueProbabilityBeforeClause;

    internal static bool IsCueWord(in Piece p, CueLexicon lexicon)
    {
        if (!p.IsWord || NotCues.Contains(p.Lower)) return false;
        return lexicon.CueCount(p.Lower) >= MinCueCount && lexicon.Probability(p.Lower) >= MinCueProbability;
    }

    internal static bool IsNestedCueWord(in Piece p, CueLexicon lexicon) =>
        p.IsWord && !NotCues.Contains(p.Lower) && lexicon.CueCount(p.Lower) >= MinCueCount
        && lexicon.Probability(p.Lower) >= MinCueProbability;

    public static List<Frame> Find(string text, int sentenceIndex, Piece[] p, CueLexicon lexicon, QuoteModels models)
    {
        var frames = new List<Frame>();
        var consumedUntil = -1;   // pieces before this index belong to an earlier frame's source/cue
        for (var i = 0; i < p.Length; i++)
        {
            if (i < consumedUntil) continue;
            var according = p[i].IsWord && p[i].Lower == "according" && i + 1 < p.Length && p[i + 1].Lower == "to";
            var phrase = !according && i + 1 < p.Length && p[i + 1].IsWord && lexicon.IsPhrase(p[i].Lower + " " + p[i + 1].Lower)
                         && (p[i + 1].Lower is "out" or "on" or "up"
                             // "called for", "referring to", "talked about": a verb form with the preposition of its object.
                             || (p[i + 1].Lower is "for" or "about" or "to" or "against"
                                 && (p[i].Lower.EndsWith("ed", StringComparison.Ordinal) || p[i].Lower.EndsWith("ing", StringComparison.Ordinal))));
            // "sought to reassure investors", "pointed to the polls": a word (the model may not take it) which was mostly
            // a cue before this next word in TRAIN (the lexicon's context counts); a preposition then belongs to the cue.
            // "made it clear that ...", "made clear that": a learned phrase of two or three words right before "that" is
            // the cue as a whole (its first word alone is none).
            var thatPhrase = according || phrase ? 0 : ThatPhraseLength(p, i, lexicon);
            var cueAt = according || phrase || thatPhrase > 0 || IsCueAt(text, p, i, lexicon, models);
            // Where the model takes the word alone, the context still decides whether its preposition belongs to the cue
            // ("railed against the deal", "calls for a recount": TRAIN's cue spans include it).
            var inContext = !according && !phrase && thatPhrase == 0 && IsContextCue(text, p, i, lexicon);
            var cueLength = thatPhrase > 0 ? thatPhrase : phrase || (inContext && p[i + 1].Lower != "to") ? 2 : 1;
            cueAt |= inContext;
            // "Pence's call for a special prosecutor", "her opposition to the plan": a cue noun between a possessive and
            // its preposition reports its holder's stance even where the cue model, trained mostly on verbs, says no.
            var heldNoun = !cueAt && IsHeldCueNoun(text, p, i, lexicon, models);
            if (!cueAt && !heldNoun) continue;
            // A cue inside the content of an earlier frame belongs to that frame (a nested source) unless it
            // opens a new clause after a comma with its own subject; PolNeAR-style annotation is univocal.
            if (frames.Count > 0 && i < frames[^1].ContentEnd && i >= frames[^1].ContentStart
                && i > 0 && p[i - 1].Lower is "and" or "but" && i - 1 > frames[^1].ContentStart)
            {
                // "She declared “What a night!” and said that ...": two attributions of one subject.
                frames[^1].ContentEnd = TrimEnd(p, frames[^1].ContentStart, i - 1);
            }
            if (frames.Count > 0 && i < frames[^1].ContentEnd && i >= frames[^1].ContentStart)
            {
                // "a woman asked for a photo and Clinton said, ...": a coordinated clause with its own subject
                // starts a new attribution; otherwise the cue reports a nested source ("Kirby said the US believes").
                var own = LeftSource(text, p, i);
                if (own is { } o && o.Start - 1 >= frames[^1].ContentStart
                    && (p[o.Start - 1].Lower is "and" or "but" or "," or ";" or "-" || Subordinators.Contains(p[o.Start - 1].Lower)))
                    frames[^1].ContentEnd = TrimEnd(p, frames[^1].ContentStart, o.Start - 1);
                // "Barkley, who said he votes democratic, said one candidate ...": the subject stands before the
                // relative clause's content, so that content ends before this cue.
                else if (own is { } b && b.End <= frames[^1].ContentStart && CueLeftEdge(text, p, i) is var edge && edge > frames[^1].ContentStart)
                    frames[^1].ContentEnd = TrimEnd(p, frames[^1].ContentStart, edge);
                else if (own is null && IsParticipleAfterComma(text, p, i)
                         && p[i].Lower is not ("citing" or "quoting"))
                    frames[^1].ContentEnd = TrimEnd(p, frames[^1].ContentStart, i - 1);
                else
                {
                    TryNest(text, frames[^1], p, i, lexicon);
                    continue;
                }
            }
            // “...,” he told journalists, according to a Channel 5 video of his remarks: the video carried what he
            // said; it is the outer element of that attribution's chain, not a speaker of its own.
            if (according && i > 0 && frames.Count > 0 && p[i - 1].IsPunct(',') && frames[^1] is { } last
                && last.ContentEnd > last.ContentStart && last.ContentEnd <= i && p[last.ContentEnd - 1].End <= last.Cue.Start
                && last.SourceSpan(p) is { } lastSource && ForwardNoun(text, p, i + 2) is { } conduit)
            {
                last.RelayedBy(SpanOf(p, conduit), lastSource);
                consumedUntil = SkipAppositive(text, p, conduit.End);
                continue;
            }
            // "The director told legislators that ..., according to Park, who attended": Park relayed the director's
            // words, so he heads that attribution's chain; his own attribution (the whole clause) is made below.
            if (according && i > 0 && frames.Count > 0 && p[i - 1].IsPunct(',') && frames[^1] is { } told
                && told.ContentEnd > told.ContentStart && told.ContentEnd >= i - 1 && p[told.ContentStart].Start > told.Cue.Start
                && told.SourceSpan(p) is { } toldSource && ForwardNoun(text, p, i + 2) is { } relay && p[relay.Start].IsCapitalised(text)
                && told.Chain.Count <= 1)
            {
                if (told.ContentEnd > i - 1) told.ContentEnd = TrimEnd(p, told.ContentStart, i - 1);
                told.RelayedBy(SpanOf(p, relay), toldSource);
            }
            var frame = according ? AccordingTo(text, sentenceIndex, p, i, frames.Count == 0)
                : heldNoun ? NounCue(text, sentenceIndex, p, i, models)
                : Verb(text, sentenceIndex, p, i, frames, lexicon, models, cueLength);
            if (frame is null) continue;
            // An earlier frame whose content runs over this frame's source is cut before it. The end model may stop
            // that content inside the source ("He spoke after the police | commissioner told legislators that ..."),
            // so the source's start is what counts; a subordinator that opens the source's clause goes with it.
            var reach = frame.Source is { } fs && fs.Start < frame.ContentStart ? fs.Start : frame.ContentStart;
            if (frames.Count > 0 && frames[^1].ContentEnd > reach && frames[^1].ContentStart < reach)
            {
                var cut = frame.Source?.Start ?? i;
                if (cut <= frames[^1].ContentStart) cut = CueLeftEdge(text, p, i);
                else if (frames[^1].ContentEnd <= frame.ContentStart && p[cut - 1].IsWord && Subordinators.Contains(p[cut - 1].Lower))
                    cut--;   // may empty the content ("He spoke | after"): then it is no attribution
                if (cut > frames[^1].ContentStart) frames[^1].ContentEnd = TrimEnd(p, frames[^1].ContentStart, cut);
                else if (cut == frames[^1].ContentStart && frames[^1].ContentEnd <= frame.ContentStart) frames[^1].ContentEnd = cut;
            }
            EndFrontedClause(text, p, frame, i);
            frames.Add(frame);
            consumedUntil = Math.Max(i + 1, frame.Source?.End ?? 0);
        }
        Fallbacks(text, sentenceIndex, p, frames);
        if (frames.Count == 0 && SpeakerTurn(text, sentenceIndex, p) is { } turn) frames.Add(turn);
        if (frames.Count == 0 && InFinding(text, sentenceIndex, p, models) is { } finding) frames.Add(finding);
        frames.RemoveAll(f => (f.ContentEnd <= f.ContentStart && !f.AwaitsQuote) || IsNaming(text, p, f) || IsTitleObject(text, p, f));
        return frames;
    }

    /// <summary>Subordinators that open a clause fronted before the main clause of a sentence ("If voters agree, ...",
    /// "While many are expected to ..., she has ...").</summary>
    private static readonly HashSet<string> FrontedClauseOpeners = new(StringComparer.Ordinal)
    { "if", "although", "though", "while", "whereas", "when", "since", "because", "once", "unless", "until", "as" };

    /// <summary>"While many of his supporters are expected to back her, she has not changed her message": an attribution
    /// inside a subordinate clause that opens the sentence reports only that clause, so its content ends at the comma that
    /// closes the clause, before the main clause.</summary>
    private static void EndFrontedClause(string text, Piece[] p, Frame f, int cueAt)
    {
        var k = 0;
        if (k < p.Length && p[k].IsWord && p[k].Lower is "and" or "but" or "yet" or "so") k++;
        if (k < p.Length && p[k].IsWord && p[k].Lower == "even" && k + 1 < p.Length && p[k + 1].Lower is "if" or "though" or "as" or "when") k++;
        if (k >= p.Length || !p[k].IsWord || !FrontedClauseOpeners.Contains(p[k].Lower)) return;
        if (cueAt <= k || f.ContentStart <= k || f.ContentEnd <= f.ContentStart || f.Lead is not null || f.Rest is not null) return;
        var comma = -1;
        for (var c = k + 1; c < f.ContentEnd; c++)
            if (p[c].IsQuote || (p[c].Kind == PieceKind.Punct && p[c].Lower is "," or "-" or "–" or "—" or ";")) { comma = c; break; }
        // The cue itself must be in the fronted clause, its content must run past the clause's comma into a main clause
        // with its own subject ("..., she has not", "..., the misgivings were").
        if (comma < 0 || comma <= cueAt || comma <= f.ContentStart || !p[comma].IsPunct(',') || ContainsQuote(p, f.ContentStart, f.ContentEnd)) return;
        if (comma + 2 >= f.ContentEnd || !p[comma + 1].IsWord) return;
        var next = p[comma + 1];
        if (!(Pronouns.Contains(next.Lower) || next.Lower == "there" || (Determiners.Contains(next.Lower) && next.Lower is not ("of" or "'s"))
              || (next.IsCapitalised(text) && !IsAdverb(text, next)))) return;
        f.ContentEnd = TrimEnd(p, f.ContentStart, comma);
    }

    /// <summary>Attributions whose verb the lexicon does not know, recognised by their shape around a quotation:
    /// “...,” Trump barked / “...,” beamed Donald Hartley / the Christie supporter retorted: “...” /
    /// Philip Bump: “...”.</summary>
    private static void Fallbacks(string text, int s, Piece[] p, List<Frame> frames)
    {
        for (var k = 0; k < p.Length; k++)
        {
            if (!p[k].IsQuote || frames.Any(f => (k >= f.ContentStart && k < f.ContentEnd) || f.ResumedQuote == k)) continue;
            // "HOW ‘MAKING THEM SMALLER’ YIELDS ...": a quotation in a headline in capitals.
            if (!QuoteExtractor.HasLowercase(text, p[k].Span())) continue;
            // Trailing: Quote NP verb  |  Quote verb NP   ("In an interview with “Fox and Friends,” Trump pointed": a title)
            if (k + 2 < p.Length && p[k + 1].IsWord && !(k > 0 && IsTitleSlot(p, k - 1)))
            {
                if (TrailingSpeaker(text, p, k) is var (source, verb))
                {
                    frames.Add(Simple(s, p, source, p[verb].Span(), k, 0.6));
                    continue;
                }
                // “...,” reads a Wednesday editorial in the paper / “...,” read one.
                if ((LooksLikeVerb(p[k + 1]) || p[k + 1].Lower is "read" or "began") && ForwardNoun(text, p, k + 2) is { } inv
                    && (p[inv.Start].IsCapitalised(text) || (p[inv.Start].Lower is "a" or "an" or "the" or "one" && EndsWithAttributionMark(text, p[k]) && OpensSentence(p, k))))
                {
                    frames.Add(Simple(s, p, inv, p[k + 1].Span(), k, 0.6));
                    continue;
                }
            }
            // Comma-introduced with a verb the lexicon does not know: "A flabbergasted Noah quipped, “...”".
            if (k >= 3 && p[k - 1].IsPunct(',') && LooksLikeVerb(p[k - 2]) && BackNoun(text, p, k - 3) is { } teller
                && p[teller.End - 1].IsCapitalised(text) && (teller.Start == 0 || p[teller.Start - 1].Kind == PieceKind.Punct || Determiners.Contains(p[teller.Start - 1].Lower)))
            {
                frames.Add(Simple(s, p, teller, p[k - 2].Span(), k, 0.5));
                continue;
            }
            // Colon-introduced: ... NP verb: Quote   |   Name: Quote
            if (k >= 2 && p[k - 1].IsPunct(':'))
            {
                for (var j = k - 2; j >= Math.Max(0, k - 6); j--)
                {
                    if (!p[j].IsWord) break;
                    if (LooksLikeVerb(p[j]) && j > 0 && BackNoun(text, p, j - 1) is { } subj)
                    {
                        frames.Add(Simple(s, p, subj, p[j].Span(), k, 0.6));
                        break;
                    }
                }
                if (frames.Count > 0 && frames[^1].ContentStart == k) continue;
                var name = BackNoun(text, p, k - 2);
                if (name is { } nm && p[nm.End - 1].IsCapitalised(text) && p[nm.Start].IsCapitalised(text) && nm.End - nm.Start >= 2
                    && (nm.Start == 0 || p[nm.Start - 1].Kind == PieceKind.Punct))
                {
                    frames.Add(Simple(s, p, nm, p[k - 1].Span(), k, 0.5));
                    continue;
                }
                // "TURNOUT WAS HIGH IN IOWA - Jane P. Doe and John Roe: “...”": a headline, a dash, then who wrote it.
                if (DashSigned(text, p, k - 1) is { } signer)
                {
                    frames.Add(Simple(s, p, signer, p[k - 1].Span(), k, 0.5));
                    continue;
                }
                // "Senator Jane Doe, D-Ore., delivered a blunt message to the board: “...”": the clause before the colon
                // introduces the quotation, so its subject says it.
                if (frames.Count == 0 && SentenceSubject(text, p) is { } subject && subject.End < k - 1
                    && (p[subject.End - 1].IsCapitalised(text) || Pronouns.Contains(p[subject.Start].Lower) || p[subject.Start].Lower is "the"))
                    frames.Add(Simple(s, p, subject, p[k - 1].Span(), k, 0.5));
            }
        }
    }

    /// <summary>The name between a dash and the colon at <paramref name="colon"/>: capitalised words, initials and
    /// "and" ("- Jane P. Doe and John Roe:"), at least two words.</summary>
    private static (int Start, int End)? DashSigned(string text, Piece[] p, int colon)
    {
        var j = colon - 1;
        while (j >= 0 && colon - j <= 8 && p[j].IsWord && (p[j].IsCapitalised(text) || p[j].Lower == "and")) j--;
        if (j < 0 || !p[j].IsPunct('-') || colon - (j + 1) < 2 || !p[j + 1].IsCapitalised(text) || !p[colon - 1].IsCapitalised(text)) return null;
        return (j + 1, colon);
    }

    private static readonly HashSet<string> AfterTrailingVerb = new(StringComparer.Ordinal)
    {
        "back", "in", "on", "at", "with", "to", "during", "after", "before", "and", "as", "from", "of", "out", "up", "about",
        "while", "into", "over", "when", "then",
    };

    private static bool OpensSentence(ReadOnlySpan<Piece> p, int k)
    {
        for (var j = 0; j < k; j++) if (p[j].Kind != PieceKind.Punct) return false;
        return true;
    }

    /// <summary>A quotation closing with a comma, a question or an exclamation mark inside its marks: what follows
    /// it in the sentence is its attribution.</summary>
    private static bool EndsWithAttributionMark(string text, in Piece q)
    {
        var c = q.End - 1;
        while (c > q.Start && (text[c] is '”' or '"' or '\'' or '’' or ' ')) c--;
        return c > q.Start && text[c] is ',' or '?' or '!';
    }

    /// <summary>“...,” Trump barked and ... / “...?” Hannity pressed. / “...!” the crowd cried out / “...,” a Democratic
    /// staffer in the room wondered: after a quotation that ends in a comma, a question or an exclamation mark, a name,
    /// a pronoun or a determiner's noun phrase and a past-tense verb (or one in -s before a stop) is its attribution,
    /// whatever the verb. The noun phrase stops at the verb, not where <see cref="ForwardNoun"/> would. <paramref name="p"/>
    /// may be a window of a sentence's pieces (<see cref="PieceSplitter"/> passes one without copying it).</summary>
    internal static ((int Start, int End) Source, int Verb)? TrailingSpeaker(string text, ReadOnlySpan<Piece> p, int k)
    {
        if (!EndsWithAttributionMark(text, p[k])) return null;
        var start = k + 1;
        if (start + 1 >= p.Length || !p[start].IsWord) return null;
        var first = p[start];
        int verb;
        // A capitalised pronoun opens a sentence of its own (“...?” He answered, “...”).
        if (Pronouns.Contains(first.Lower) && first.Lower is not "it" and not "you")
        {
            if (first.Lower != "i" && first.IsCapitalised(text)) return null;
            verb = start + 1;
        }
        // A title inside the sentence ("starred in “Up North,” the show ...") is no quotation to attribute.
        else if (first.IsCapitalised(text) || (first.Lower is "the" or "a" or "an" or "one" or "another" && OpensSentence(p, k)))
        {
            verb = -1;
            for (var j = start + 1; j < Math.Min(p.Length, start + 9); j++)
            {
                if (!p[j].IsWord) break;
                // "a Democratic staffer in the room wondered": a place inside the phrase.
                if (p[j].Lower is "in" or "at" or "from" or "of" && j + 1 < p.Length && p[j + 1].IsWord) continue;
                if (Boundaries.Contains(p[j].Lower) || Auxiliaries.Contains(p[j].Lower)) break;
                if (!p[j].IsCapitalised(text) && LooksLikeVerb(p[j])
                    && (p[j].Lower.EndsWith("ed", StringComparison.Ordinal) || j + 1 >= p.Length || p[j + 1].Kind == PieceKind.Punct))
                { verb = j; break; }
            }
            // "the attacks ''may ...''": a determiner alone is no speaker.
            if (verb < 0 || (verb == start + 1 && !first.IsCapitalised(text))) return null;
        }
        else return null;
        if (verb >= p.Length || !LooksLikeVerb(p[verb])) return null;
        var after = verb + 1;
        if (after < p.Length && p[after].IsWord && !AfterTrailingVerb.Contains(p[after].Lower) && !TimeWords.Contains(p[after].Lower)
            && !IsAdverbLike(p[after])) return null;
        return ((start, verb), verb);
    }

    /// <summary>"..., adding", "..., falsely suggesting": a participle after a comma, adverbs between them.</summary>
    private static bool IsParticipleAfterComma(string text, Piece[] p, int i)
    {
        if (!p[i].Lower.EndsWith("ing", StringComparison.Ordinal)) return false;
        var j = i;
        while (j > 0 && j > i - 3 && p[j - 1].IsWord && (IsAdverb(text, p[j - 1]) || p[j - 1].Lower == "also")) j--;
        return j > 0 && p[j - 1].IsPunct(',');
    }

    /// <summary>The first piece of a cue's left context: the cue with the auxiliaries, adverbs and the comma before it.</summary>
    private static int CueLeftEdge(string text, Piece[] p, int i)
    {
        var j = i;
        while (j > 0 && p[j - 1].IsWord && (Auxiliaries.Contains(p[j - 1].Lower) || IsAdverb(text, p[j - 1]))) j--;
        return j;
    }

    /// <summary>Labels before a colon that introduce a section, not a speaker ("Update: ...", "Photo: ...").</summary>
    private static readonly HashSet<string> ColonLabels = new(StringComparer.Ordinal)
    {
        "update", "updated", "note", "editor", "editors", "correction", "related", "photo", "photos", "video", "watch",
        "read", "source", "sources", "credit", "caption", "q", "a", "question", "answer", "transcript", "background",
        "bottom", "line", "why", "what", "how", "who", "when", "where", "the", "this", "here", "more", "see", "also",
        "listen", "click", "follow", "subscribe", "advertisement", "share", "topics", "tags", "contact", "email",
    };

    /// <summary>"Matthews: Well, speculation is bad." / "Joe Scarborough: Trump ... Is ‘Disqualifying.’": a
    /// capitalised name of one to four words opening the sentence, a colon, then words: a transcript turn or a
    /// headline quoting its source. The content runs to the end of the paragraph.</summary>
    private static Frame? SpeakerTurn(string text, int s, Piece[] p)
    {
        var c = 0;
        while (c < p.Length && c < 5 && p[c].IsCapitalised(text)) c++;
        if (c == 0 || c > 4 || c + 1 >= p.Length || !p[c].IsPunct(':') || !p[c + 1].IsWord) return null;
        for (var k = 0; k < c; k++) if (ColonLabels.Contains(p[k].Lower) || char.IsDigit(text[p[k].Start])) return null;
        // An all-capitals place line ("WASHINGTON:") is a dateline.
        if (c == 1 && text.AsSpan(p[0].Start, p[0].End - p[0].Start).ToString() is var w && w.Length > 3 && w.ToUpperInvariant() == w) return null;
        var f = new Frame
        {
            Sentence = s, Cue = p[c].Span(), Source = (0, c), ContentStart = c + 1, ContentEnd = TrimEnd(p, c + 1, p.Length),
            Confidence = 0.5, RunsToParagraphEnd = true,
        };
        f.Chain.Add(SpanOf(p, (0, c)));
        return f;
    }

    private static readonly HashSet<string> FindingNouns = new(StringComparer.Ordinal)
    {
        "poll", "polls", "survey", "surveys", "study", "report", "analysis", "memo", "filing", "letter", "statement",
        "book", "column", "op-ed", "editorial", "audit", "review", "census", "tally", "count", "data", "documents",
        "interview", "indictment", "complaint", "lawsuit", "ruling", "opinion", "model", "forecast",
    };

    /// <summary>"In a national CNN/ORC poll released Monday, 31% of Republicans ...": a sentence opened by "In" and a
    /// poll, survey, report or statement, with no cue of its own: the setting is the source of the rest.</summary>
    private static Frame? InFinding(string text, int s, Piece[] p, QuoteModels models)
    {
        if (p.Length < 6 || !p[0].IsWord || p[0].Lower != "in") return null;
        var comma = -1;
        for (var k = 1; k < Math.Min(p.Length - 2, 16); k++)
        {
            if (p[k].IsPunct(',')) { comma = k; break; }
            if (!p[k].IsWord && !p[k].IsPunct('-') && !p[k].IsPunct('/')) return null;
        }
        if (comma < 3) return null;
        var head = -1;
        for (var k = 1; k < comma; k++) if (FindingNouns.Contains(p[k].Lower)) { head = k; break; }
        if (head < 0) return null;
        var start = comma + 1;
        var f = new Frame
        {
            Sentence = s, Cue = p[0].Span(), Source = (1, comma), ContentStart = start,
            ContentEnd = models.ContentEnd(text, p, start, p.Length, "in") ?? ReportedClauseEnd(p, start, p.Length), Confidence = 0.5,
        };
        f.Chain.Add(SpanOf(p, (1, comma)));
        return f;
    }

    private static readonly HashSet<string> TitleNouns = new(StringComparer.Ordinal)
    {
        "program", "programme", "show", "book", "film", "movie", "series", "album", "song", "segment", "column", "called",
        "titled", "entitled", "memoir", "novel", "documentary", "podcast", "publish", "published", "reads",
    };

    /// <summary>"She told ABC's “Good Morning America” on Monday ...", "said in his 2012 book, ''An American Son.''":
    /// a quotation in title case after a possessive or a word that announces a title is the name of a show or a
    /// book, not what was said.</summary>
    private static bool IsTitleObject(string text, Piece[] p, Frame f)
    {
        if (f.ContentEnd - f.ContentStart != 1 || !p[f.ContentStart].IsQuote || f.ResumedQuote is not null) return false;
        var k = f.ContentStart;
        var j = k - 1;
        if (j >= 0 && p[j].IsPunct(',')) j--;
        if (j < 0 || !p[j].IsWord || !(p[j].Lower == "'s" || p[j].Lower.EndsWith("s'", StringComparison.Ordinal) || TitleNouns.Contains(p[j].Lower))) return false;
        var q = p[k];
        var words = 0;
        foreach (var w in text[q.Start..q.End].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = w.Trim('\'', '’', '‘', '"', '“', '”', '(', ')', ':', ',', '.', '!', '?');
            if (letters.Length == 0) continue;
            words++;
            if (letters.Length >= 4 && !char.IsUpper(letters[0])) return false;
        }
        return words is > 0 and <= 8;
    }

    /// <summary>"who he dubbed “the little senator.”", "says he voted “uncommitted.”": a short lower-case quotation
    /// right after the verb names or labels something; it is not reported speech of its own.</summary>
    private static bool IsNaming(string text, Piece[] p, Frame f)
    {
        if (f.ContentEnd - f.ContentStart != 1 || !p[f.ContentStart].IsQuote || f.ResumedQuote is not null) return false;
        var k = f.ContentStart;
        if (k > 0 && p[k - 1].Kind == PieceKind.Punct) return false;
        var q = p[k];
        var c = q.Start + 1;
        while (c < q.End && !char.IsLetterOrDigit(text[c])) c++;
        if (c >= q.End || !char.IsLower(text[c])) return false;
        var words = 1;
        for (var i = c; i < q.End; i++) if (text[i] == ' ') words++;
        return words < 5;
    }

    private static Frame Simple(int s, Piece[] p, (int Start, int End) source, Span cue, int quote, double confidence)
    {
        var f = new Frame { Sentence = s, Cue = cue, Source = source, ContentStart = quote, ContentEnd = quote + 1, Confidence = confidence };
        f.Chain.Add(SpanOf(p, source));
        return f;
    }

    private static bool LooksLikeVerb(in Piece w) =>
        w.IsWord && w.Lower.Length > 3 && (w.Lower.EndsWith("ed", StringComparison.Ordinal) || w.Lower.EndsWith("s", StringComparison.Ordinal))
        && !w.Lower.EndsWith("ss", StringComparison.Ordinal) && char.IsLower(w.Lower[0]) && !Boundaries.Contains(w.Lower)
        && !Determiners.Contains(w.Lower);

    private static Frame? AccordingTo(string text, int s, Piece[] p, int i, bool first)
    {
        var np = ForwardNoun(text, p, i + 2);
        if (np is null) return null;
        var frame = new Frame { Sentence = s, Cue = new Span(p[i].Start, p[i + 1].End), Source = np, Confidence = 0.8 };
        var after = np.Value.End;
        // "according to officials cited by Yonhap": Yonhap reported what the officials said.
        if (after + 1 < p.Length && p[after].Lower is "cited" or "quoted" && p[after + 1].Lower == "by")
        {
            var outer = ForwardNoun(text, p, after + 2);
            if (outer is not null)
            {
                frame.Chain.Add(SpanOf(p, outer.Value));
                after = outer.Value.End;
            }
        }
        frame.Chain.Add(SpanOf(p, np.Value));
        after = SkipAppositive(text, p, after);
        // "According to officials, the account was linked to ...": opening the sentence, what follows the source's comma
        // up to the sentence end is the reported clause, not an appositive of the source.
        if (CountContent(p, 0, i) == 0 && frame.Chain.Count == 1 && np.Value.End < p.Length && p[np.Value.End].IsPunct(',')
            && (after >= p.Length || (p[after].Kind == PieceKind.Punct && p[after].Lower is "." or "?" or "!")))
            after = np.Value.End;
        var before = i;
        // "In addition, according to the department, nearly nine million ...", "While most were ..., according to an
        // official, two in the batch ...": an opener or a subordinate clause before the cue is the writer's; the
        // reported clause follows the source's comma.
        var npEnd = frame.Chain.Count > 1 ? -1 : np.Value.End;
        var rightStart = after < p.Length && p[after].IsPunct(',') ? after + 1
            : npEnd > 0 && npEnd + 1 < p.Length && p[npEnd].IsPunct(',') && p[npEnd + 1].IsWord && p[npEnd + 1].Lower is not ("who" or "which" or "a" or "an" or "the") ? npEnd + 1 : -1;
        if (before > 1 && p[before - 1].IsPunct(',') && rightStart > 0 && CountContent(p, rightStart, p.Length) >= 4
            && p[0].IsWord && (CountContent(p, 0, before - 1) <= 3 || Subordinators.Contains(p[0].Lower) || p[0].Lower is "if" or "but" or "and" or "so" or "in" or "yet"))
        {
            frame.ContentStart = rightStart;
            frame.ContentEnd = ReportedClauseEnd(p, rightStart, p.Length);
        }
        else if (before > 0 && p[before - 1].IsPunct(',') && before - 1 > 0)
        {
            frame.ContentStart = 0;
            frame.ContentEnd = TrimEnd(p, 0, before - 1);
            // "At the heart of the dispute, according to two aides, was a decision ...": the source interrupts the reported
            // sentence, which goes on after it; both parts are what was reported.
            if (rightStart > 0 && rightStart < p.Length && p[rightStart].IsWord && !p[rightStart].IsCapitalised(text)
                && !TrailingClauseOpeners.Contains(p[rightStart].Lower) && !ContainsQuote(p, 0, before - 1)
                && ReportedClauseEnd(p, rightStart, p.Length) is var restEnd && restEnd > rightStart)
                frame.Rest = (rightStart, restEnd);
        }
        else if (first && before > 1 && p[before - 1].IsWord && CountContent(p, 0, before) >= 2)
        {
            // "Clinton leads by 271 delegates according to a count by the AP", "That's according to the reports": without
            // a comma the clause before is still what the source reports (a closing "is" or "'s" excepted).
            var end = BeForms.Contains(p[before - 1].Lower) ? before - 1 : before;
            frame.ContentStart = ClauseStart(p, 0, end);
            frame.ContentEnd = TrimEnd(p, frame.ContentStart, end);
        }
        else if (after < p.Length)
        {
            var start = after < p.Length && p[after].IsPunct(',') ? after + 1 : after;
            frame.ContentStart = start;
            frame.ContentEnd = TrimEnd(p, start, p.Length);
        }
        return frame;
    }

    /// <summary>"she released a statement saying, “...”", "an army of workers carrying signs saying", "sent a text message
    /// to supporters saying": the phrase before a participle of saying is the object of another verb (or inside its
    /// preposition), so the participle reports the clause subject, not that phrase.</summary>
    private static bool ObjectOfAnotherVerb(string text, Piece[] p, (int Start, int End) np)
    {
        for (var k = np.Start; k < np.End; k++)
            if (!p[k].IsCapitalised(text) && (ActionVerbs.Contains(p[k].Lower) || (p[k].Lower.EndsWith("ed", StringComparison.Ordinal) && p[k].Lower.Length > 4)))
                return true;
        if (np.Start == 0 || !p[np.Start - 1].IsWord) return false;
        var before = p[np.Start - 1].Lower;
        return before is "to" or "for" or "with" or "at" || before.EndsWith("ing", StringComparison.Ordinal) || ActionVerbs.Contains(before)
               || before is "do" or "did" or "took" or "made" or "held" or "wore" or "put";
    }

    private static readonly HashSet<string> MeansOfSpeaking = new(StringComparer.Ordinal)
    { "telephone", "phone", "email", "e-mail", "text", "video", "videoconference", "videolink", "satellite", "letter", "mail", "radio", "skype", "cellphone" };

    private static Frame? Verb(string text, int s, Piece[] p, int i, List<Frame> earlier, CueLexicon lexicon, QuoteModels models, int cueLength)
    {
        var cue = p[i];
        if (WhenAsked(text, s, p, i) is { } question) return question;
        // "a video posted by the Ledger" is no frame; "Trump was attacked by Clinton" is one of its own shape.
        // "Ms. Gao said by telephone": "by" and a means of speaking is how it was said, not an agent.
        if (i + cueLength < p.Length && p[i + cueLength].Lower == "by"
            && !(i + cueLength + 1 < p.Length && MeansOfSpeaking.Contains(p[i + cueLength + 1].Lower))) return Passive(text, s, p, i, earlier);
        if (Hedge(text, s, p, i, earlier, models) is { } hedge) return hedge;
        var frame = new Frame { Sentence = s, Cue = new Span(cue.Start, p[i + cueLength - 1].End) };
        // "warned of the danger", "asked about the plan": with its preposition in the cue, what follows is the
        // object, never an addressee to skip.
        var introCue = cueLength > 1 ? cue.Lower + " " + p[i + 1].Lower : cue.Lower;
        // "On Monday, a diplomat said ..., adding that ...": a participle after a comma has no subject of its own; what
        // stands before the comma is the clause before it, never an appositive of a new speaker.
        var participle = IsParticipleAfterComma(text, p, i);
        var src = participle ? null : LeftSource(text, p, i);
        if (src is { } carrier && cue.Lower.EndsWith("ing", StringComparison.Ordinal) && ObjectOfAnotherVerb(text, p, carrier)
            && SentenceSubject(text, p) is { } clauseSubject && clauseSubject.End < carrier.End)
            src = clauseSubject;
        var leftmost = i;
        var inverted = false;
        if (src is not null)
        {
            frame.Source = src;
            leftmost = src.Value.Start;
            // Skip back over an appositive to the real left edge of the attribution.
        }
        else if (participle)
        {
            // "..., adding", "..., citing the spy agency": the subject is that of the clause before.
            var prev = earlier.LastOrDefault();
            if (prev is null)
            {
                // "Sen. Ted Cruz was also critical of Obama’s stance, telling Breitbart London: “...”"
                // "The firm ended the deal, citing changes in the law": what is cited is the subject's content; a cited
                // source ("citing the fire department") is no attribution of its own.
                if ((cue.Lower is "citing" or "quoting" && (ForwardNoun(text, p, i + 1) is not { } reason || IsSourceLike(text, p, reason)))
                    || SentenceSubject(text, p) is not { } subject || subject.End >= i) return null;
                frame.Source = subject;
                frame.Chain.Add(SpanOf(p, subject));
                frame.Confidence = 0.6;
                var st = SkipComplementIntro(text, p, i + cueLength, introCue);
                frame.ContentStart = st;
                frame.ContentEnd = RightEnd(text, p, st, cue.Lower, models);
                return frame;
            }
            if (cue.Lower is "citing" or "quoting")
            {
                var cited = ForwardNoun(text, p, i + 1);
                if (cited is null) return null;
                if (IsSourceLike(text, p, cited.Value))
                {
                    // A cited source heads the chain of what the earlier frame reports ("X said, citing the agency").
                    if (prev.Chain.Count == 0 && prev.SourceSpan(p) is { } ps) prev.Chain.Add(ps);
                    if (!prev.Chain.Contains(SpanOf(p, cited.Value))) prev.Chain.Add(SpanOf(p, cited.Value));
                    // "Lee said, citing the spy agency, that ...": the content follows the cited source.
                    if (prev.ContentEnd <= i && cited.Value.End < p.Length && p[cited.Value.End].IsPunct(','))
                    {
                        prev.ContentStart = cited.Value.End + 1;
                        prev.ContentEnd = TrimEnd(p, prev.ContentStart, p.Length);
                    }
                    else if (prev.ContentEnd > i - 1 && prev.ContentStart < i - 1) prev.ContentEnd = TrimEnd(p, prev.ContentStart, i - 1);
                    return null;
                }
                // Any other thing cited is an attribution of its own: the clause's speaker cites it as a reason ("X
                // said ..., citing low growth and unemployment").
                if (prev.ContentEnd > i - 1 && prev.ContentStart < i - 1) prev.ContentEnd = TrimEnd(p, prev.ContentStart, i - 1);
                frame.InheritedSource = prev.SourceSpan(p);
                if (frame.InheritedSource is null) return null;
                foreach (var c in prev.Chain.Take(1)) frame.Chain.Add(c);
                frame.Confidence = 0.6;
                frame.ContentStart = cited.Value.Start;
                frame.ContentEnd = RightEnd(text, p, cited.Value.Start, cue.Lower, models);
                return frame.ContentEnd > frame.ContentStart ? frame : null;
            }
            frame.InheritedSource = prev.DoerSpan(p);
            if (frame.InheritedSource is null) return null;
            foreach (var c in prev.Chain) frame.Chain.Add(c);
            frame.Confidence = 0.7;
            var start = SkipComplementIntro(text, p, i + cueLength, introCue);
            frame.ContentStart = start;
            frame.ContentEnd = RightEnd(text, p, start, cue.Lower, models);
            return frame;
        }
        else if (InversionCues.Contains(cue.Lower) && (i == 0 || p[i - 1].IsPunct(',') || p[i - 1].IsQuote))
        {
            var np = ForwardNoun(text, p, i + 1);
            // "The union, which ..., said the talks would resume": a determiner alone opens the reported clause.
            if (np is null || (np.Value.End - np.Value.Start == 1 && Determiners.Contains(p[np.Value.Start].Lower))) return null;
            // "Paul Porter, a truck driver from Ava, Mo., who ..., said he already received ...": a pronoun followed by
            // more words of its clause is the subject of the reported clause, not an inverted speaker ("..., said he.").
            if (np.Value.End - np.Value.Start == 1 && Pronouns.Contains(p[np.Value.Start].Lower) && np.Value.End < p.Length
                && p[np.Value.End].IsWord && !Prepositions.Contains(p[np.Value.End].Lower) && !TimeWords.Contains(p[np.Value.End].Lower))
                return null;
            frame.Source = np;
            inverted = true;
        }
        else if (ConjunctionBefore(text, p, i) && CoordinatedVerbSubject(text, p, i) is { } near)
        {
            // "When Mook was asked ..., he laughed and said, “...”": the subject of the verb before "and".
            frame.Source = near;
            frame.Confidence = 0.6;
            leftmost = i;
        }
        else if (ConjunctionBefore(text, p, i) && earlier.Count > 0 && earlier[^1].DoerSpan(p) is { } shared)
        {
            frame.InheritedSource = shared;
            foreach (var c in earlier[^1].Chain) frame.Chain.Add(c);
            frame.Confidence = 0.7;
            var start = SkipComplementIntro(text, p, i + cueLength, introCue);
            frame.ContentStart = start;
            frame.ContentEnd = RightEnd(text, p, start, cue.Lower, models);
            // "Sanders, who endorsed Canova and said he would campaign with him, ultimately did not": the shared subject is
            // a relative pronoun between commas, so the coordinated verb's content ends where the relative clause does.
            if (earlier[^1].Antecedent is not null && earlier[^1].Source is { } rel && NonRestrictive(p, rel.Start))
                for (var k = start + 1; k < frame.ContentEnd; k++)
                    if (p[k].IsPunct(',')) { frame.ContentEnd = TrimEnd(p, start, k); break; }
            return frame.ContentEnd > start ? frame : null;
        }
        else if (ConjunctionBefore(text, p, i) && SentenceSubject(text, p) is { } subj && subj.End < i - 1)
        {
            frame.Source = subj;
            frame.Confidence = 0.6;
            leftmost = i;
        }
        else if (cue.Lower.EndsWith("ing", StringComparison.Ordinal) && i > 1 && p[i - 1].Lower == "by" && SentenceSubject(text, p) is { } actor && actor.End < i - 1)
        {
            // "Justice Thomas broke his silence by asking questions": the subject of the clause does what "by" names.
            frame.Source = actor;
            frame.Confidence = 0.6;
            leftmost = i;
        }
        else if (i > 1 && p[i - 1].Lower == "to" && InfinitiveSubject(text, p, i) is { } doer)
        {
            frame.Source = doer;
            frame.Confidence = 0.5;
            leftmost = i;
        }
        else if (FrontedParticiple(text, s, p, i, cueLength, introCue, models) is { } fronted) return fronted;
        else return NounCue(text, s, p, i, models);

        var srcSpan = SpanOf(p, frame.Source!.Value);
        // "voters who said ...": the pronoun is the source; the noun before it names the speaker of the chain.
        if ((frame.Source.Value.End - frame.Source.Value.Start == 1 && p[frame.Source.Value.Start].Lower is "who" or "which" or "that"
             || (frame.Source.Value.End - frame.Source.Value.Start == 3 && p[frame.Source.Value.End - 1].Lower is "whom" or "which"))
            && Antecedent(text, p, frame.Source.Value.Start) is { } antecedent)
        {
            frame.Antecedent = SpanOf(p, antecedent);
            srcSpan = frame.Antecedent.Value;
        }
        var nonRestrictive = frame.Antecedent is not null && NonRestrictive(p, frame.Source.Value.Start);
        // "X cited Y as saying ...": X reports what Y said.
        var rightStart = inverted ? SkipAppositive(text, p, frame.Source.Value.End) : i + cueLength;
        // "It's a difficult issue," said the Florida senator, "because ...": the quotation resumes.
        if (inverted && rightStart + 1 < p.Length && (p[rightStart].IsPunct(',') || p[rightStart].IsPunct(':')) && p[rightStart + 1].IsQuote)
            rightStart++;
        if (cue.Lower is "cited" or "quoted" && !inverted)
        {
            var inner = ForwardNoun(text, p, i + 1);
            // "quoted Wassim Bouhlel, a Nice native, as saying": step over the appositive.
            var asAt = inner is null ? -1 : SkipAppositive(text, p, inner.Value.End);
            if (asAt >= 0 && asAt < p.Length && p[asAt].IsPunct(',')) asAt++;
            if (inner is not null && asAt + 1 < p.Length && p[asAt].Lower == "as"
                && p[asAt + 1].Lower is "saying" or "telling" or "writing" or "stating" or "describing")
            {
                frame.Chain.Add(srcSpan);
                frame.Chain.Add(SpanOf(p, inner.Value));
                frame.Cue = new Span(cue.Start, p[asAt + 1].End);
                var st = SkipComplementIntro(text, p, asAt + 2, "saying");
                frame.ContentStart = st;
                frame.ContentEnd = RightEnd(text, p, st, cue.Lower, models);
                return frame;
            }
            // "The report cited an internal investigation", "Democrats cited several factors for the low turnout": what
            // is cited is the content, not an addressee. "The radio cited an official who reported that ...": a person
            // cited is a source, whose own attribution follows.
            if (!HasQuoteNear(p, i))
            {
                var who = inner is { } o ? (o.End < p.Length && p[o.End].IsPunct(',') ? o.End + 1 : o.End) : -1;
                if (who >= 0 && who < p.Length && p[who].Lower is "who" or "whom" or "whose") return null;
                introCue = "";
            }
        }

        // Left content: “...,” X said.  /  The economy is weak, X said.
        var leftEnd = inverted ? i : leftmost;
        var leftContentEnd = -1;
        if (leftEnd > 0 && (p[leftEnd - 1].IsQuote || (p[leftEnd - 1].IsPunct(',') && leftEnd - 1 > 0) || p[leftEnd - 1].IsPunct(':')))
        {
            // The left clause runs back to the start of the sentence or the end of an earlier frame.
            leftContentEnd = p[leftEnd - 1].IsQuote ? leftEnd : leftEnd - 1;
        }
        var leftStart = 0;
        if (earlier.Count > 0)
        {
            var prev = earlier[^1];
            leftStart = Math.Max(prev.ContentEnd, prev.Source is { } ps ? ps.End : 0);
            if (leftStart < p.Length && p[leftStart].IsPunct(',')) leftStart++;
        }

        // Right content: X said (that) ... / X told reporters: “...”
        var rs = inverted ? rightStart : SkipComplementIntro(text, p, rightStart, introCue);
        var rightEnd = inverted ? TrimEnd(p, rs, p.Length) : RightEnd(text, p, rs, cue.Lower, models);
        // "..., Mayor Ortiz said, citing the fire department": what follows names the source, not the content.
        // "..., a Chinese official said, adding that ...": a participle after the comma opens a clause of its own (an
        // attribution of the same speaker, or the writer's), so the content is on the left.
        var leftWords = leftContentEnd > leftStart ? CountContent(p, leftStart, leftContentEnd) : 0;
        var citingFollows = rs < p.Length && rs > 0 && p[rs - 1].IsPunct(',') && p[rs].IsWord
                            && (p[rs].Lower is "citing" or "quoting"
                                || (leftWords > 0 && p[rs].Lower.EndsWith("ing", StringComparison.Ordinal) && p[rs].Lower.Length > 5 && !p[rs].IsCapitalised(text)));
        var rightWords = citingFollows ? 0 : CountContent(p, rs, rightEnd);
        // "The turnout was low, she said in a video message to the party.": the words after the cue say only where and
        // when it was said, so the clause before the comma is the content.
        if (!inverted && rightWords > 0 && InversionCues.Contains(cue.Lower) && leftContentEnd > leftStart && p[leftContentEnd].IsPunct(',')
            && CountContent(p, leftStart, leftContentEnd) >= 3 && !IsSettingOnly(text, p, leftStart, leftContentEnd, cue.Lower)
            && IsSettingOnly(text, p, rs, rightEnd, cue.Lower))
            rightWords = 0;
        // The quotation must touch the attribution (“...,” X said / “...”, X said), not merely occur earlier.
        var leftQuote = leftContentEnd <= leftStart ? -1
            : p[leftContentEnd - 1].IsQuote ? leftContentEnd - 1
            : leftContentEnd - 2 >= leftStart && p[leftContentEnd - 2].IsQuote && p[leftContentEnd - 1].Kind == PieceKind.Punct ? leftContentEnd - 2 : -1;
        // "Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Issa said ...": a quotation that follows a word
        // of the writer's ("channel’s", "on") is a title or a phrase inside the setting, not the quoted speech.
        var leftIsQuote = leftQuote >= 0 && !(leftQuote > leftStart && IsTitleSlot(p, leftQuote - 1) && rs < p.Length && p[rs].IsWord
                                               && !Prepositions.Contains(p[rs].Lower) && !TimeWords.Contains(p[rs].Lower) && CountContent(p, rs, rightEnd) >= 3);
        var rightIsQuote = rs < p.Length && p[rs].IsQuote;

        // A lone word before the comma ("Later, X issued ...") is an adverb of the sentence, not reported content.
        // "Speaking on ABC's “This Week,” Carson admitted that ...": a clause opened by "that" is the content even
        // when a quotation precedes the subject.
        var thatClause = !inverted && rs < p.Length && p[rs].Lower == "that" && rightWords >= 3;
        // "the union, which endorsed Mr. Sanders in December, said ...": what stands before a relative pronoun is its
        // antecedent, never content the pronoun's clause reports.
        var relative = frame.Source is { } rsrc && p[rsrc.End - 1].Lower is "who" or "which" or "that" or "whom";
        if (leftWords > 0 && !thatClause && !relative && (leftIsQuote || (!rightIsQuote && leftWords >= 2 && (rightWords < (InversionCues.Contains(cue.Lower) ? 3 : 1) || inverted))))
        {
            frame.ContentStart = leftStart;
            frame.ContentEnd = TrimEnd(p, leftStart, leftContentEnd);
            // “What exactly...?” Austin said, “these are ...”: the quotation resumes after the attribution.
            // Only a quotation right after the attribution resumes it: "“...,” said Beck, who said there were “too many
            // things”" quotes the relative clause, not the rest of Beck's sentence.
            if (leftIsQuote && rightIsQuote && (rs == i + cueLength || !p[rs - 1].IsWord)) frame.ResumedQuote = rs;
            else if (!leftIsQuote)
            {
                frame.ContentStart = ClauseStart(p, leftStart, leftContentEnd);
                // "Russia is stalling, they say, imposing new import rules": a participle never seen as a cue carries
                // the reported sentence on after the attribution.
                if (citingFollows && !inverted && p[rs].Lower is not ("citing" or "quoting") && lexicon.CueCount(p[rs].Lower) == 0
                    && !ContainsQuote(p, frame.ContentStart, leftContentEnd) && RightEnd(text, p, rs, cue.Lower, models) is var tail && tail > rs + 1
                    // "Sales were great, he said, wiping sweat off his face": what the speaker did while saying it.
                    && !p[rs..tail].Any(w => w.Lower is "his" or "her" or "their"))
                    frame.Rest = (rs, tail);
            }
            // "“Only you,” she said, would do that", "They have “high hopes,” he said, and are ...": the sentence the
            // quotation began goes on, unquoted, after the attribution; both parts are what was said.
            else if (leftIsQuote && rs < p.Length && rs > 0 && p[rs - 1].IsPunct(',') && !inverted && ContinuesSentence(text, p, rs))
                frame.Rest = (rs, RightEnd(text, p, rs, cue.Lower, models));
            // "Whatever the impact, “his chances are slim,” says X" / "His verdict: “It is not over,” he said": the
            // writer's opener before the comma or colon is no part of the quotation. But "In past seasons, “we sold
            // ...,” he said": before a comma, a quotation that opens in lower case finishes the sentence those words
            // begin, and the whole is a mixed quote (not after a lone connective or a concessive "whatever ...").
            if (leftIsQuote && leftQuote > leftStart && (p[leftQuote - 1].IsPunct(',') || p[leftQuote - 1].IsPunct(':'))
                && !(p[leftQuote - 1].IsPunct(',') && OpensLowercase(text, p[leftQuote]) && ClauseStart(p, leftStart, leftQuote - 1) is var opener
                     && !IsConnective(p, opener, leftQuote - 1) && p[opener].Lower is not ("whatever" or "whichever" or "however" or "regardless")))
                frame.ContentStart = leftQuote;
            frame.Confidence = leftIsQuote ? 0.9 : 0.7;
        }
        else if ((rs >= p.Length && p[^1].IsPunct(':')) || (rs == p.Length - 1 && p[^1].IsPunct('.') && frame.Source is not null && !ContainsQuote(p, 0, i)))
        {
            // "Jane Roe of the state university agreed." before a quotation: what she agreed with is that quotation.
            // "Cruz continued:" closing its paragraph: the quotation follows in the next one.
            frame.ContentStart = frame.ContentEnd = p.Length;
            frame.AwaitsQuote = true;
            frame.Confidence = 0.85;
        }
        else if (rightWords >= 2 || (rs < p.Length && p[rs].IsQuote) || (rightWords == 1 && IsObjectContent(text, p, rs, rightEnd, cue.Lower)))
        {
            frame.ContentStart = rs;
            frame.ContentEnd = rightEnd;
            frame.Confidence = ContainsQuote(p, rs, rightEnd) ? 0.9 : 0.7;
            // "If the vote is close, the campaign said, it may not contest it": an attribution between commas inside the
            // reported sentence; the words before it are the first part of what was said (PolNeAR marks both parts).
            if (!inverted && leftWords >= 1 && !leftIsQuote && (!rightIsQuote || (rightEnd == rs + 1 && OpensLowercase(text, p[rs]) && frame.Source is { } qs && qs.End == i)) && !relative && p[leftContentEnd].IsPunct(',')
                && !ContainsQuote(p, leftStart, leftContentEnd) && InterruptedLead(text, p, leftStart, leftContentEnd, i + cueLength, rs, rightIsQuote) is { } lead
                && !(rightIsQuote && (Prepositions.Contains(p[lead.End - 1].Lower) || p[lead.End - 1].Lower is "including" or "like" or "as")))
                frame.Lead = lead;
        }
        else return null;

        // "Ms. Ortiz, who said the plan was sound, left early": the relative clause ends at its closing comma.
        if (nonRestrictive && frame.ContentStart > i)
            for (var k = frame.ContentStart + 1; k < frame.ContentEnd; k++)
                if (p[k].IsPunct(',')) { frame.ContentEnd = TrimEnd(p, frame.ContentStart, k); break; }
        // "X said ... , citing Y": the content came to X from Y.
        for (var k = Math.Min(frame.ContentStart, i + cueLength); k + 1 < p.Length; k++)
        {
            if (k >= frame.ContentEnd && frame.ContentEnd > i) break;   // a right content: only inside it
            if (p[k].IsPunct(',') && p[k + 1].Lower is "citing" or "quoting")
            {
                var cited = ForwardNoun(text, p, k + 2);
                if (cited is null || !IsSourceLike(text, p, cited.Value)) break;
                frame.Chain.Add(srcSpan);
                frame.Chain.Add(SpanOf(p, cited.Value));
                if (k < frame.ContentEnd) frame.ContentEnd = TrimEnd(p, frame.ContentStart, k);
                break;
            }
        }
        // "Investors seem to agree", "The plan appeared likely to fail": the writer's hedge has no source; what it hedges
        // is the subject and the rest of the clause (PolNeAR train: 187 of 193 seem/appear cues have no source, nearly
        // all with the subject as the first part of the content).
        if (SeemCues.Contains(cue.Lower) && !inverted && frame.Source is { } hedged && frame.Antecedent is null && !relative
            && frame.ContentStart == i + cueLength && frame.ContentEnd > frame.ContentStart && p[i + cueLength].IsWord
            && p[i + cueLength].Lower is "to" or "like" or "likely" or "unlikely" or "ready" or "poised" or "set" or "certain" or "headed" or "determined"
            // "Rubio seemed to offer a caveat", "She appeared to imply that ...": another verb after "to" is the subject's
            // own act, mostly annotated with the subject as its source; "seems to be/have" is the hedge.
            && !(p[i + cueLength].Lower == "to" && !(i + cueLength + 1 < p.Length && p[i + cueLength + 1].Lower is "be" or "have")))
        {
            var head = hedged.Start;
            while (head < hedged.End && p[head].Kind == PieceKind.Punct) head++;
            if (!(hedged.End - head == 1 && p[head].Lower is "it" or "there")) frame.Lead = (head, hedged.End);
            frame.HedgedSubject = SpanOf(p, hedged);
            frame.Source = null;
            frame.Chain.Clear();
            frame.Confidence = 0.6;
            return frame;
        }
        if (frame.Chain.Count == 0) frame.Chain.Add(srcSpan);
        // "Cho said his agency assessed that ...": the reported clause names its own source.
        if (!frame.Chain.Skip(1).Any()) TryNest(text, frame, p, -1, lexicon);
        frame.Confidence *= Math.Min(1.0, 0.5 + lexicon.Probability(cue.Lower));
        return frame;
    }

    /// <summary>Words that may open a sentence before a fronted participle ("After thanking the crowd, he ...").</summary>
    private static readonly HashSet<string> ParticipleOpeners = new(StringComparer.Ordinal)
    { "after", "before", "while", "when", "by", "in", "since", "upon", "on", "without", "and", "but" };

    /// <summary>"After thanking the crowd, he touted ...", "Acknowledging that the race was close, Allen said ...",
    /// "In rejecting a similar challenge, the commission ...": a participle opening the sentence has the subject of the
    /// main clause after its comma; what it reports runs to that comma.</summary>
    private static Frame? FrontedParticiple(string text, int s, Piece[] p, int i, int cueLength, string introCue, QuoteModels models)
    {
        if (!p[i].Lower.EndsWith("ing", StringComparison.Ordinal) || p[i].Lower.Length <= 5) return null;
        var lead = 0;
        while (lead < i && p[lead].IsWord && ParticipleOpeners.Contains(p[lead].Lower)) lead++;
        if (lead != i) return null;
        var start = SkipComplementIntro(text, p, i + cueLength, introCue);
        var comma = -1;
        for (var k = start + 1; k < Math.Min(p.Length - 2, start + 30); k++)
        {
            if (p[k].IsQuote || p[k].IsPunct(';') || p[k].IsPunct(':') || p[k].IsPunct('.')) return null;
            if (p[k].IsPunct(',')) { comma = k; break; }
        }
        if (comma < 0 || !p[comma + 1].IsWord) return null;
        if (SentenceSubject(text, p[(comma + 1)..]) is not { } rest) return null;
        var subject = (Start: rest.Start + comma + 1, End: rest.End + comma + 1);
        if (subject.Start != comma + 1 || subject.End >= p.Length || !p[subject.End].IsWord
            || !(Pronouns.Contains(p[subject.Start].Lower) || IsSourceLike(text, p, subject) || Determiners.Contains(p[subject.Start].Lower))) return null;
        var frame = new Frame { Sentence = s, Cue = new Span(p[i].Start, p[i + cueLength - 1].End), Source = subject, Confidence = 0.5 };
        frame.Chain.Add(SpanOf(p, subject));
        frame.ContentStart = start;
        frame.ContentEnd = TrimEnd(p, start, comma);
        return frame.ContentEnd > frame.ContentStart ? frame : null;
    }

    /// <summary>A relative pronoun at <paramref name="k"/> after a comma (", who said ...") or after a comma and "and"
    /// (", who ..., and who has been hoping ..."): its clause is a parenthesis that ends at the next comma.</summary>
    private static bool NonRestrictive(Piece[] p, int k) =>
        (k > 0 && p[k - 1].IsPunct(',')) || (k > 1 && p[k - 1].Lower == "and" && p[k - 2].IsPunct(','));

    /// <summary>Finite forms of "be", "have", "do" and the modals: after a subject they open its predicate
    /// (<see cref="ContinuesSentence"/>, <see cref="OpensPredicate"/>).</summary>
    private static readonly HashSet<string> FiniteAuxiliaries = new(StringComparer.Ordinal)
    { "is", "are", "was", "were", "has", "have", "had", "would", "will", "could", "can", "may", "might", "should", "must", "did", "does" };

    /// <summary>Words after an attribution's comma that carry on the reported sentence rather than open the writer's
    /// clause: a verb form ("would", "are"), "that", or "and/but" before a verb form or a quotation ("and “...”", "and
    /// are steering").</summary>
    private static bool ContinuesSentence(string text, Piece[] p, int k)
    {
        if (k >= p.Length || !p[k].IsWord || p[k].IsCapitalised(text)) return false;
        static bool VerbForm(in Piece w) => FiniteAuxiliaries.Contains(w.Lower) || w.Lower == "do";
        if (VerbForm(p[k]) || p[k].Lower == "that") return true;
        return p[k].Lower is "and" or "but" && k + 1 < p.Length && (p[k + 1].IsQuote || (p[k + 1].IsWord && VerbForm(p[k + 1])));
    }

    /// <summary>The first part of a reported sentence that an attribution between commas interrupts ("If the vote is
    /// close, | the campaign said, | it may not contest it"; "The plan, officials said, would cost more"), or null.
    /// The cue is followed by its comma (time words between are allowed: "he said Tuesday,"); the part starts after
    /// the last comma or dash before the source ("As the talks began, the group, he said, ..." keeps "the group");
    /// a short opener of time, place or manner ("In several cases, officials say, ...", "Instead, she said, ...") is the
    /// writer's setting, not what was said.</summary>
    private static (int Start, int End)? InterruptedLead(string text, Piece[] p, int leftStart, int leftEnd, int afterCue, int rs, bool keepOpener = false)
    {
        if (rs <= afterCue || !p[rs - 1].IsPunct(',')) return null;
        for (var k = afterCue; k < rs - 1; k++)
            if (!(p[k].IsWord && TimeWords.Contains(p[k].Lower)) && !IsTimePhraseAt(p, k) && !(k > afterCue && IsTimePhraseAt(p, k - 1))) return null;
        var first = leftStart;
        for (var k = leftEnd - 1; k > leftStart; k--)
            if (p[k].Kind == PieceKind.Punct && p[k].Lower is "," or "-" or "–" or "—" or ";" or ":") { first = k + 1; break; }
        first = ClauseStart(p, first, leftEnd);
        var end = TrimEnd(p, first, leftEnd);
        if (end <= first) return null;
        var words = CountContent(p, first, end);
        var atStart = first == 0 || (first == 1 && p[0].Kind == PieceKind.Punct);
        var opener = (words <= 1 && (atStart || IsAdverbLike(p[first]) || TimeWords.Contains(p[first].Lower)))
            || (words <= 5 && p[first].IsWord
                && (Prepositions.Contains(p[first].Lower) || TimeWords.Contains(p[first].Lower) || IsAdverbLike(p[first])
                    || p[first].Lower is "back" or "instead" or "and" or "but" or "so" or "still" or "now" or "by" or "of" or "under" or "among" or "like" or "unlike"));
        // Before a quotation that finishes the sentence ("In cases of abortion, it said, “the woman is ...”") the opener
        // is part of it, but a lone connective ("But, he said, “...”", "Still, ...") ties the writer's sentences together.
        if (keepOpener && opener && !IsConnective(p, first, end)) opener = false;
        return opener ? null : (first, end);
    }

    /// <summary>A word after which a quotation names something ("channel’s “Sunday Morning Futures”", "with “Fox and
    /// Friends”"): a possessive, a preposition or a determiner.</summary>
    private static bool IsTitleSlot(Piece[] p, int k) =>
        p[k].IsWord && (p[k].Lower.EndsWith("'s", StringComparison.Ordinal) || p[k].Lower == "'s" || p[k].Lower.EndsWith("s'", StringComparison.Ordinal)
                        || Prepositions.Contains(p[k].Lower) || p[k].Lower is "of" or "the" or "a" or "an");

    /// <summary>"supported Sanders", "criticized him": a cue of stance whose content is a single name or object
    /// pronoun. Verbs of saying take clauses; a lone word after them is a time or a place ("said Tuesday");
    /// "75 percent said yes", "he said so": an answer word is the whole of what was said.</summary>
    /// <summary>Pieces [<paramref name="k"/>, <paramref name="end"/>) are only phrases of setting: time words ("later",
    /// "on Tuesday") and place, occasion or medium phrases ("in an interview with the paper", "at a rally", "during
    /// the debate"; "to reporters" after a verb of saying).</summary>
    private static bool IsSettingOnly(string text, Piece[] p, int k, int end, string cue)
    {
        if (k >= end) return false;
        while (k < end)
        {
            if (!p[k].IsWord) return false;
            if (TimeWords.Contains(p[k].Lower)) { k++; continue; }
            if (p[k].Lower is "in" or "at" or "during" or "on" or "via" or "with" || (p[k].Lower == "to" && InversionCues.Contains(cue)))
            {
                if (ForwardNoun(text, p, k + 1) is not { } np || p[np.Start].Lower is "that" or "what" or "how" or "least" or "most") return false;
                k = np.End;
                continue;
            }
            return false;
        }
        return true;
    }

    private static bool IsObjectContent(string text, Piece[] p, int start, int end, string cue) =>
        end == start + 1 && p[start].IsWord
        && (p[start].Lower is "yes" or "no" or "so"
            || (!InversionCues.Contains(cue) && !TimeWords.Contains(p[start].Lower)
                && (p[start].IsCapitalised(text) || p[start].Lower is "him" or "her" or "them" or "it" or "us" or "me")));

    /// <summary>Words that open a clause the writer adds after the reported one (", but ...", ", which ...",
    /// ", despite ..."): PolNeAR content stops before them (learned from the train split's content ends).</summary>
    private static readonly HashSet<string> TrailingClauseOpeners = new(StringComparer.Ordinal)
    {
        "but", "which", "who", "while", "whereas", "even", "although", "though", "despite", "compared", "however",
        "where", "including", "saying", "adding", "citing", "noting",
    };

    /// <summary>The end of a reported clause that runs from <paramref name="start"/>: before a comma that
    /// opens a trailing clause of the writer's, else the sentence end (trailing punctuation trimmed).</summary>
    /// <summary>The end of a reported clause after its cue: the learned end model when there is one, else the
    /// trailing-clause rule.</summary>
    private static int RightEnd(string text, Piece[] p, int start, string cue, QuoteModels models)
    {
        int EndFrom(int from) => models.ContentEnd(text, p, from, p.Length, cue) ?? ReportedClauseEnd(p, from, p.Length);
        var end = EndFrom(start);
        // "stated that since August 2023, North Korea has delivered ...": a content that is only a fronted adverbial
        // ends at the comma that closes it; the clause it introduces is the content's rest.
        var k = start < p.Length && p[start].Lower == "that" ? start + 1 : start;
        // "said that, for $35,000, they would ...": a parenthesis between commas right after "that", before any verb.
        if (k > start && k < p.Length && p[k].IsPunct(','))
        {
            var close = k + 1;
            while (close < p.Length && close - k <= 8 && (p[close].IsWord || p[close].IsPunct('$'))) close++;
            if (close > k + 1 && close < p.Length - 1 && p[close].IsPunct(',') && end <= close)
            {
                var rest = EndFrom(close + 1);
                if (rest > close + 1) return rest;
            }
        }
        // "said that if the vote fails, the party will ...": a fronted conditional or time clause, likewise.
        if (k < end && end < p.Length - 1 && p[end].IsPunct(',') && p[k].IsWord
            && ((end - k <= 6 && (Prepositions.Contains(p[k].Lower) || p[k].Lower is "since" or "until" or "despite"))
                || (end - k <= 12 && p[k].Lower is "if" or "as" or "when" or "unless" or "once" or "while" or "because" or "although" or "though" or "whether" or "after" or "before")))
        {
            var rest = EndFrom(end + 1);
            if (rest > end + 1) return rest;
        }
        // "said the annual talks, which began a decade ago, remained useful": a relative clause between commas inside the
        // reported clause's subject; the verb after its closing comma carries the reported clause on.
        if (end < p.Length - 2 && p[end].IsPunct(',') && p[end + 1].Lower is "which" or "who" or "whose" && CountContent(p, start, end) <= 8)
        {
            var close = end + 2;
            while (close < p.Length && close - end <= 20 && p[close].IsWord) close++;
            if (close + 1 < p.Length && p[close].IsPunct(',') && OpensPredicate(text, p[close + 1]))
            {
                var rest = EndFrom(close + 1);
                if (rest > close + 1) return rest;
            }
        }
        return end;
    }

    /// <summary>A word that can open a clause's predicate after its subject: a verb form ("remained", "is", "would",
    /// "wouldn't"), or a quotation.</summary>
    private static bool OpensPredicate(string text, in Piece w) =>
        w.IsQuote || (w.IsWord && !w.IsCapitalised(text) && !CueLexicon.Default.IsStrong(w.Lower)
                      && (FiniteAuxiliaries.Contains(w.Lower) || w.Lower is "remains" or "remained" or "be"
                          || w.Lower.EndsWith("n't", StringComparison.Ordinal) || w.Lower.EndsWith("n’t", StringComparison.Ordinal)
                          || (w.Lower.EndsWith("ed", StringComparison.Ordinal) && w.Lower.Length > 4)));

    internal static int ReportedClauseEnd(Piece[] p, int start, int end)
    {
        for (var k = start + 2; k + 1 < end; k++)
        {
            // A dash is left alone: "- which include ... -" is a parenthesis the content runs through.
            if (!(p[k].IsPunct(',') || p[k].IsPunct(';'))) continue;
            if (p[k].IsPunct(';') || (p[k + 1].IsWord && TrailingClauseOpeners.Contains(p[k + 1].Lower)))
                return TrimEnd(p, start, k);
        }
        return TrimEnd(p, start, end);
    }

    private static bool IsAdverbLike(in Piece w) => w.Lower.Length > 4 && w.Lower.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>"The rebel group is also said to be recruiting fighters": no source; the content is the whole clause
    /// (subject included, as PolNeAR marks it), the cue the passive ("is also said").</summary>
    private static Frame? Hedge(string text, int s, Piece[] p, int i, List<Frame> earlier, QuoteModels models)
    {
        if (i + 1 >= p.Length || !p[i + 1].IsWord) return null;
        // "The two states are widely seen as safe for her", "The show is considered a model": a judgement nobody is
        // named for; the content is the whole clause, as for "is said to".
        var judged = (p[i].Lower is "seen" or "viewed" or "regarded" or "perceived" && p[i + 1].Lower == "as")
                     || (p[i].Lower is "considered" or "deemed" && !Boundaries.Contains(p[i + 1].Lower) && !Prepositions.Contains(p[i + 1].Lower));
        if (!judged && (!HedgeParticiples.Contains(p[i].Lower) || p[i + 1].Lower != "to")) return null;
        if (PassiveSubject(p, i, earlier) is not var (be, start)) return null;
        var frame = new Frame
        {
            Sentence = s, Cue = new Span(p[be].Start, p[judged && p[i + 1].Lower == "as" ? i + 1 : i].End), ContentStart = start,
            ContentEnd = RightEnd(text, p, i + 1, p[i].Lower, models), Confidence = 0.6,
        };
        return frame;
    }

    /// <summary>Words that tie a clause to the writer's sentence ("And while ...", "Even before ...") and are no part of
    /// the clause's subject.</summary>
    private static readonly HashSet<string> ClauseLinkers = new(StringComparer.Ordinal)
    {
        "and", "but", "or", "so", "yet", "while", "whereas", "though", "although", "since", "because", "if", "when", "as",
        "even", "once", "until", "unless", "before", "after",
    };

    /// <summary>The be-form (with an auxiliary before it: "has been") of a passive participle at <paramref name="i"/>,
    /// and where the clause whose subject it has starts: after the last comma, semicolon or quotation before it.</summary>
    private static (int Be, int Start)? PassiveSubject(Piece[] p, int i, List<Frame> earlier)
    {
        var j = i - 1;
        while (j >= 0 && p[j].IsWord && (IsAdverbLike(p[j]) || p[j].Lower is "also" or "not" or "widely" or "now" or "still" or "never" or "first")) j--;
        if (j < 0 || !p[j].IsWord || !BeForms.Contains(p[j].Lower)) return null;
        var be = j;
        if (be > 0 && p[be - 1].IsWord && Auxiliaries.Contains(p[be - 1].Lower) && p[be - 1].Lower is not ("also" or "is" or "are" or "was" or "were")) be--;
        var start = 0;
        if (earlier.Count > 0) start = Math.Max(earlier[^1].ContentEnd, earlier[^1].Source is { } ps ? ps.End : 0);
        // The clause starts after the last comma or semicolon before the subject that closes an introductory phrase.
        for (var k = be - 1; k >= start; k--)
        {
            if (p[k].IsQuote || (p[k].Kind == PieceKind.Punct && p[k].Lower is ";" or ":")) { start = k + 1; break; }
            if (p[k].IsPunct(',')) { start = k + 1; break; }
        }
        while (start < be && p[start].Kind == PieceKind.Punct) start++;
        // "delegates who are expected to ...": a relative pronoun is the subject of the passive clause.
        for (var k = be - 1; k > start; k--)
            if (p[k].IsWord && p[k].Lower is "who" or "which") { start = k; break; }
        // "And while many voters are expected to ...": a leading conjunction or subordinator belongs to the writer's sentence.
        while (start < be - 1 && p[start].IsWord && ClauseLinkers.Contains(p[start].Lower)) start++;
        return start < be ? (be, start) : null;
    }

    /// <summary>"after criticism of the plan", "Pence's call for a special prosecutor", "his support for Cruz": a cue
    /// word used as a noun, with the preposition or "that" that opens what it reports. The source is the possessor
    /// ("Pence's", "his") or, after a preposition, the subject of the clause. Without one no attribution is made: on
    /// PolNeAR train the holder is then usually named elsewhere, and a sourceless prediction counts as a wrong speaker.</summary>
    private static Frame? NounCue(string text, int s, Piece[] p, int i, QuoteModels models)
    {
        if (i + 2 >= p.Length || p[i + 1].Lower is not ("of" or "for" or "to" or "about" or "on" or "against" or "that")) return null;
        if (!(p[i + 2].IsWord || p[i + 2].IsQuote)) return null;
        var w = p[i].Lower;
        if (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal) || (i > 0 && p[i - 1].Lower is "to" or "will" or "would")) return null;
        // A noun stands after a determiner, a possessive or a preposition ("with plans to", "amid calls for"); after a
        // comma or a conjunction the word is more often a verb whose subject was not found ("Cement makers, for
        // instance, argue that").
        if (i > 0 && !(Determiners.Contains(p[i - 1].Lower) || Prepositions.Contains(p[i - 1].Lower)
                       || p[i - 1].Lower is "his" or "her" or "their" or "amid" or "over" or "despite" or "of")) return null;
        (int Start, int End)? owner = null;
        if (i > 1 && p[i - 1].Lower == "'s" && BackNoun(text, p, i - 2) is { } o) owner = (o.Start, i);
        else if (i > 0 && p[i - 1].Lower is "his" or "her" or "their" or "its" or "our") owner = (i - 1, i);
        // "Trump stirred controversy with an assertion that ...", "Warren roused the crowd with criticism of ...": the
        // subject of the clause voices what the noun names.
        else if ((i > 0 && Prepositions.Contains(p[i - 1].Lower)) || (i > 1 && Determiners.Contains(p[i - 1].Lower) && Prepositions.Contains(p[i - 2].Lower)))
            owner = SentenceSubject(text, p) is { } subj && subj.End < i - 1 ? subj : null;
        if (owner is not { } ow) return null;
        var start = p[i + 1].Lower == "that" ? i + 1 : i + 2;
        var end = RightEnd(text, p, start, w, models);
        // "The council's attacks on the stadium | surprised her allies", "Opposition to the plan | has fueled ...": an
        // object of the noun ends where the verb of the sentence starts (a "that" clause has verbs of its own).
        if (p[i + 1].Lower != "that")
            for (var k = start + 1; k < end; k++)
                if (p[k].IsWord && !p[k].IsCapitalised(text) && (p[k].Lower is "is" or "was" or "are" or "were" or "has" or "have" or "had" or "will" or "would"
                                                                 || (p[k].Lower.EndsWith("ed", StringComparison.Ordinal) && p[k - 1].IsWord && !Determiners.Contains(p[k - 1].Lower)
                                                                     && !Prepositions.Contains(p[k - 1].Lower) && !IsAdverb(text, p[k - 1]) && p[k - 1].Lower is not ("and" or "or" or "newly" or "been"))))
                { end = TrimEnd(p, start, k); break; }
        var frame = new Frame
        {
            Sentence = s, Cue = new Span(p[i].Start, p[i + 1].End), Source = ow, ContentStart = start, ContentEnd = end, Confidence = 0.5,
        };
        frame.Chain.Add(SpanOf(p, ow));
        return frame.ContentEnd > start ? frame : null;
    }

    /// <summary>Who does what a to-infinitive cue names: a person or group right before "to" ("led Priebus to declare",
    /// "urged voters to reject", "leaving many critics to wonder"); the subject of an adjective ("she is able to
    /// say", "Both are quick to offer"); else the subject of the sentence ("Sanders visited NBC's “Today” to discuss").
    /// A noun after a preposition is a setting ("went on TV to say"), never the doer.</summary>
    private static (int Start, int End)? InfinitiveSubject(string text, Piece[] p, int i)
    {
        var j = i - 2;
        if (j < 0) return null;
        if (p[j].IsWord && p[j].Lower is "him" or "her" or "them" or "us" or "me") return (j, j + 1);
        if (p[j].IsWord && IsPersonLike(text, p[j]) && !Boundaries.Contains(p[j].Lower))
        {
            // The object of the verb before it: "prompted Mayor Ann Cole", "led the union leader".
            var k = j;
            while (k > 0 && j - k < 6 && p[k - 1].IsWord && !Boundaries.Contains(p[k - 1].Lower) && !Pronouns.Contains(p[k - 1].Lower)
                   && !IsVerbBeforeObject(p[k - 1])) k--;
            if (!(k > 0 && Prepositions.Contains(p[k - 1].Lower)) && !Pronouns.Contains(p[k].Lower)) return (k, j + 1);
        }
        if (p[j].IsWord && !p[j].IsCapitalised(text) && CountAuxiliariesBefore(text, p, j) is > 0 and var aux
            && LeftSource(text, p, j) is { } holder && holder.End == j - aux) return holder;
        return p[j].IsQuote && SentenceSubject(text, p) is { } subj && subj.End < j ? subj : null;
    }

    private static bool IsVerbBeforeObject(in Piece w) =>
        (w.Lower.EndsWith("ed", StringComparison.Ordinal) && w.Lower.Length > 3) || w.Lower is "led" or "made" or "let" or "left" or "got" or "leaving"
            or "leaves" or "leads" or "urges" or "allows" or "forces" or "prompts" or "asks";

    private static int CountAuxiliariesBefore(string text, Piece[] p, int j)
    {
        var n = 0;
        while (j - n - 1 >= 0 && p[j - n - 1].IsWord && (Auxiliaries.Contains(p[j - n - 1].Lower) || IsAdverb(text, p[j - n - 1]))) n++;
        return n;
    }

    /// <summary>A head word that can name who acts: a name (not a day or a month), a source noun ("officials"), or a
    /// plural noun of people ("voters", "critics").</summary>
    private static bool IsPersonLike(string text, in Piece w) =>
        (w.IsCapitalised(text) && !TimeWords.Contains(w.Lower) && !Months.Contains(w.Lower))
        || SourceNouns.Contains(w.Lower) || (w.Lower.Length > 4 && w.Lower.EndsWith("ers", StringComparison.Ordinal))
        || w.Lower is "critics" or "many" or "others" or "democrats" or "republicans" or "members" or "leaders" or "people" or "candidates"
            or "leader" or "member" or "voter" or "candidate";

    /// <summary>A lower-case word that is a verb's base form in the lexicon ("deliver", "send"), not an inflected
    /// word ("reporters", "talks") nor one used mostly as a noun or adjective there.</summary>
    private static bool IsBareVerb(string text, in Piece w) =>
        w.IsWord && !w.IsCapitalised(text) && !Determiners.Contains(w.Lower) && !Pronouns.Contains(w.Lower)
        && Mentions.MentionLexicon.Instance.Verbs.Contains(w.Lower);

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" };

    /// <summary>"Trump was attacked by Clinton for ...", "the plan has been criticized by rivals": a passive cue with its
    /// agent. The agent is the source, the passive's subject the content (as PolNeAR marks it). Verbs of telling and
    /// asking keep what follows them ("was asked by a caller why ..."), so they are not read this way.</summary>
    private static Frame? Passive(string text, int s, Piece[] p, int i, List<Frame> earlier)
    {
        if (ObjectTakingCues.Contains(p[i].Lower) || i + 2 >= p.Length || p[i + 1].Lower != "by" || !p[i + 2].IsWord) return null;
        // "by Tuesday", "by pushing cuts", "by 2 points": a time, a means or a margin, not an agent.
        if (TimeWords.Contains(p[i + 2].Lower) || p[i + 2].Lower.EndsWith("ing", StringComparison.Ordinal) || char.IsDigit(text[p[i + 2].Start])) return null;
        // "was expected by June", "by the end of the year": a deadline.
        if (Months.Contains(p[i + 2].Lower)
            || (p[i + 2].Lower == "the" && i + 3 < p.Length && p[i + 3].Lower is "end" or "middle" or "start" or "beginning" or "time" or "close")) return null;
        if (!(p[i].Lower.EndsWith("ed", StringComparison.Ordinal) || p[i].Lower.EndsWith("en", StringComparison.Ordinal))) return null;
        if (PassiveSubject(p, i, earlier) is not var (be, start) || ForwardNoun(text, p, i + 2) is not { } agent) return null;
        // "by rivals for failing to ...": the agent ends before the charge.
        for (var k = agent.Start + 1; k < agent.End; k++)
            if (p[k].Lower is "for" or "as" || (p[k].Lower == "of" && k + 1 < p.Length && p[k + 1].Lower.EndsWith("ing", StringComparison.Ordinal)))
            { agent = (agent.Start, k); break; }
        // "But it was never mentioned", "He also was backed": the conjunction and the adverb are not the subject.
        while (start < be && p[start].Lower is "but" or "and" or "so" or "yet") start++;
        var end = be;
        while (end > start && p[end - 1].IsWord && (Auxiliaries.Contains(p[end - 1].Lower) || IsAdverb(text, p[end - 1]))) end--;
        end = TrimEnd(p, start, end);
        if (end <= start) return null;
        var frame = new Frame
        {
            Sentence = s, Cue = new Span(p[be].Start, p[i + 1].End), Source = agent, ContentStart = start, ContentEnd = end, Confidence = 0.6,
        };
        // "was criticized by rivals for failing to ...", "was accused by a reporter of grabbing her": the charge is
        // the rest of the content.
        var after = SkipAppositive(text, p, agent.End);
        if (after + 1 < p.Length && p[after].Lower is "for" or "of" or "as" && (p[after + 1].IsWord || p[after + 1].IsQuote))
            frame.Rest = (after, ReportedClauseEnd(p, after, p.Length));
        frame.Chain.Add(SpanOf(p, agent));
        return frame;
    }

    private static readonly HashSet<string> QuestionOpeners = new(StringComparer.Ordinal)
    { "whether", "if", "who", "whom", "what", "which", "how", "why", "when", "where", "about" };

    /// <summary>"..., he said when asked whether he would run", "When asked by a reporter about the plan, she said":
    /// the question is an attribution of its own (PolNeAR marks it), whose source is the asker after "by" or nobody;
    /// the content is the question from its wh-word (or "about") to the clause end.</summary>
    private static Frame? WhenAsked(string text, int s, Piece[] p, int i)
    {
        if (p[i].Lower != "asked" || !(i == 0 || (i > 0 && p[i - 1].Lower is "when" or "after" or "if" or "once" or "as"))) return null;
        var k = i + 1;
        (int Start, int End)? asker = null;
        if (k + 1 < p.Length && p[k].Lower == "by" && ForwardNoun(text, p, k + 1) is { } by)
        {
            // "by a host if the revelations ...": the asker ends before the question word.
            var e = by.Start + 1;
            while (e < by.End && !QuestionOpeners.Contains(p[e].Lower)) e++;
            asker = (by.Start, e);
            k = e;
        }
        for (var guard = 0; guard < 3 && k < p.Length && p[k].IsWord && !QuestionOpeners.Contains(p[k].Lower); guard++)
        {
            if (TimeWords.Contains(p[k].Lower)) { k++; continue; }
            if (p[k].Lower is "on" or "in" or "during" && ForwardNoun(text, p, k + 1) is { } when && when.End < p.Length) { k = when.End; continue; }
            break;
        }
        if (k >= p.Length || !p[k].IsWord || !QuestionOpeners.Contains(p[k].Lower)) return null;
        var end = k + 1;
        while (end < p.Length && !(p[end].Kind == PieceKind.Punct && p[end].Lower is "," or "." or ";" or ":" or "?" or "!")) end++;
        if (CountContent(p, k, end) < 2) return null;
        var frame = new Frame { Sentence = s, Cue = p[i].Span(), Source = asker, ContentStart = k, ContentEnd = TrimEnd(p, k, end), Confidence = 0.6 };
        if (asker is { } a) frame.Chain.Add(SpanOf(p, a));
        return frame;
    }

    /// <summary>Adds the source of a reported clause ("the US believes ...", "his agency assessed ...") to the chain.</summary>
    private static void TryNest(string text, Frame outer, Piece[] p, int cueIndex, CueLexicon lexicon)
    {
        if (outer.Chain.Count > 1) return;
        var k = outer.ContentStart;
        if (k < outer.ContentEnd && p[k].Lower == "that") k++;
        var np = ForwardNoun(text, p, k);
        if (np is null) return;
        // "had not confirmed the company's reported merger talks": a participle after a possessive modifies the
        // noun that follows ("the company's alleged fraud"); the possessor reported nothing.
        if (p[np.Value.End - 1].Lower == "'s") return;
        // "Bill Taylor said he expected ...": a pronoun here is the speaker again, not a further source; "the" alone
        // ("the talks would resume") is no noun phrase.
        if (np.Value.End - np.Value.Start == 1 && (Pronouns.Contains(p[np.Value.Start].Lower) || Determiners.Contains(p[np.Value.Start].Lower))) return;
        var c = np.Value.End;
        while (c < outer.ContentEnd && p[c].IsWord && Auxiliaries.Contains(p[c].Lower) && c - np.Value.End < 3) c++;
        if (c >= outer.ContentEnd || (cueIndex >= 0 && c != cueIndex)) return;
        if (!IsNestedCueWord(p[c], lexicon)) return;
        // "The plan was welcomed by Ottawa": a passive's subject is what was welcomed, not who welcomed it.
        if (c + 1 < p.Length && p[c + 1].Lower == "by") return;
        if (outer.Chain.Count == 0 && outer.SourceSpan(p) is { } s) outer.Chain.Add(s);
        outer.Chain.Add(SpanOf(p, np.Value));
    }

    private static readonly HashSet<string> SourceNouns = new(StringComparer.Ordinal)
    {
        "agency", "officials", "official", "sources", "source", "intelligence", "ministry", "report", "reports", "media",
        "newspaper", "police", "military", "service", "spokesman", "spokeswoman", "government", "witnesses", "statement",
        "lawmakers", "lawmaker", "aides", "aide", "analysts", "experts", "documents", "data", "survey", "poll", "people",
        "department", "office", "authorities", "officers", "spokesperson", "spokespeople", "commission", "committee",
        "study", "figures", "estimates", "records", "polls", "surveys", "broadcaster", "outlet", "station",
    };

    /// <summary>"citing the spy agency" names a source; "citing low economic growth" gives a reason.</summary>
    private static bool IsSourceLike(string text, Piece[] p, (int Start, int End) np)
    {
        for (var k = np.Start; k < np.End; k++)
            if (p[k].IsCapitalised(text) || SourceNouns.Contains(p[k].Lower)) return true;
        return false;
    }

    private static bool HasQuoteNear(Piece[] p, int i)
    {
        for (var k = Math.Max(0, i - 8); k < Math.Min(p.Length, i + 10); k++) if (p[k].IsQuote) return true;
        return false;
    }

    /// <summary>Skips what stands between a cue and its reported clause: an addressee ("told reporters"),
    /// a setting ("in a statement", "on Tuesday"), a colon or comma; stops at "that".</summary>
    private static int SkipComplementIntro(string text, Piece[] p, int r, string cue)
    {
        // "responded pointedly, with a smile: “...”" – a quotation introduced by a colon or comma a few words on.
        for (var k = r; k < Math.Min(p.Length, r + 10); k++)
        {
            if (p[k].IsQuote)
            {
                if (k == r || p[k - 1].IsPunct(':') || (p[k - 1].IsPunct(',') && k - r <= 8)) return k;
                break;
            }
            if (p[k].Kind == PieceKind.Punct && p[k].Lower is "." or ";" or "?" or "!") break;
            if (p[k].IsWord && (p[k].Lower == "that" || CueLexicon.Default.IsStrong(p[k].Lower))) break;
        }
        var start = r;
        var addressee = false;
        // "warned of the danger ...", "told of the plan": a phrase led by a preposition is no addressee.
        if (r < p.Length && ObjectTakingCues.Contains(cue) && p[r].IsWord && p[r].Lower != "that"
            && p[r].Lower is not ("of" or "about" or "against" or "for"))
        {
            var obj = ForwardNoun(text, p, r);
            addressee = obj is not null;
            // "told Jeb Bush to quiet down", "urged Republicans to unite": the addressee is part of what was asked.
            if (obj is { } o && o.End + 1 < p.Length && p[o.End].Lower == "to" && p[o.End + 1].IsWord && cue is not ("quoted" or "cited")) return r;
            if (obj is not null) r = obj.Value.End;
        }
        for (var guard = 0; guard < 3 && r < p.Length && p[r].IsWord; guard++)
        {
            if (TimeWords.Contains(p[r].Lower)) { r++; continue; }
            // "promised to deliver 500 buses": "to" before a verb opens the promised act, it is no preposition.
            if (p[r].Lower == "to" && r + 1 < p.Length && IsBareVerb(text, p[r + 1])) break;
            if (Prepositions.Contains(p[r].Lower))
            {
                var np = ForwardNoun(text, p, r + 1);
                if (np is null) break;
                r = np.Value.End;
                continue;
            }
            break;
        }
        // "told ABC’s “Good Morning America” that ...": the programme's title belongs to the addressee.
        // "told the news site “The War Zone” on Tuesday that ...": a time phrase may stand between the title and "that".
        if (r + 1 < p.Length && r > start && p[r].IsQuote && p[r - 1].IsWord)
        {
            var t = r + 1;
            if (IsTimePhraseAt(p, t)) t += 2;
            else if (t < p.Length && TimeWords.Contains(p[t].Lower)) t++;
            if (t < p.Length && p[t].Lower == "that") r = t;
        }
        if (r < p.Length && (p[r].Lower == "that" || p[r].IsPunct(':') || p[r].IsPunct(',') || p[r].IsQuote))
        {
            if (p[r].IsPunct(':') || p[r].IsPunct(',')) r++;
            // "said on Thursday he “hand-delivered a letter ...”", "telling the board they wouldn't “have to ...”": the
            // skipped phrase ran into the subject of the reported clause, which the quotation finishes.
            else if (p[r].IsQuote && r > start && OpensLowercase(text, p[r]))
                for (var j = r - 1; j > start && j >= r - 4 && p[j].IsWord; j--)
                    if (Pronouns.Contains(p[j].Lower) && p[j].Lower != "you") return j;
            return r;
        }
        // "He spoke after the governor told legislators that ...", "said before the vote": a time or reason clause
        // right after the cue is when or why the act happened, not what was said (PolNeAR train: 22 of 22,501
        // contents open with "after", nearly all of them quotations or contents left of the cue). With no clause
        // opener past it, the cue has no content on this side.
        if (r > start && start < p.Length && p[start].IsWord && p[start].Lower is "after" or "before") return p.Length;
        // "said on Thursday he “signed ...”", "said Tuesday she would run": a subject pronoun after the skipped setting
        // opens the reported clause (a noun phrase read forward stops before it).
        if (r > start && r + 1 < p.Length && p[r].IsWord && p[r].Lower is "he" or "she" or "they" or "we" or "i") return r;
        // No clear clause opener after the skipped words: keep them in the content rather than guess.
        if (start < p.Length && (p[start].IsPunct(':') || p[start].IsPunct(','))) start++;
        // "promised to stay out of it in the future": without an addressee nothing is skipped.
        var at = r == start ? start : (ObjectTakingCues.Contains(cue) && addressee ? r : start);
        // "talked about the economy", "skeptical of the plan", "voted for Sanders": PolNeAR's content is the object,
        // without the preposition that ties it to the cue.
        if (at + 1 < p.Length && p[at].Lower is "about" or "of" or "against" or "for" && (p[at + 1].IsWord || p[at + 1].IsQuote)) at++;
        // "took a firm stance against illegal immigration", "sounded a cautious note about the race": a short noun
        // phrase of the writer's and its preposition belong to the cue; the content is what follows.
        else if (!InversionCues.Contains(cue) && at < p.Length && p[at].IsWord && !p[at].IsCapitalised(text))
        {
            var e = at;
            while (e < p.Length && e - at < 4 && p[e].IsWord && !p[e].IsCapitalised(text) && !Boundaries.Contains(p[e].Lower) && !Pronouns.Contains(p[e].Lower)
                   && p[e].Lower is not ("him" or "her" or "them" or "us" or "me")) e++;
            // "trumpeting a positive message on the campaign trail": "at" and "on" open a setting unless the noun before them
            // is one of stance ("a firm stance on", "took aim at": a word the lexicon has seen as a cue).
            if (e > at && e + 1 < p.Length && p[e].Lower is "about" or "against" or "at" or "on" or "toward" or "towards" && (p[e + 1].IsWord || p[e + 1].IsQuote)
                && (p[e].Lower is not ("at" or "on") || CueLexicon.Default.CueCount(p[e - 1].Lower) >= MinCueCount)
                && !(e + 1 < p.Length && TimeWords.Contains(p[e + 1].Lower)) && !IsTimePhraseAt(p, e))
                at = e + 1;
        }
        return at;
    }

    /// <summary>The subject before a cue: a pronoun, a name, a group ("lawmakers", "the agency"), skipping
    /// auxiliaries/adverbs ("has also said") and an appositive ("Hugh Hill, a doctor, said").</summary>
    private static (int Start, int End)? LeftSource(string text, Piece[] p, int i, int maxCommonNoun = 7)
    {
        var j = i - 1;
        // Skip "has also", "later Thursday", "repeatedly": what stands between a subject and its verb.
        for (var g = 0; g < 5 && j >= 0 && p[j].IsWord && (Auxiliaries.Contains(p[j].Lower) || IsAdverb(text, p[j]) || TimeWords.Contains(p[j].Lower) || SubjectVerbFillers.Contains(p[j].Lower)
                                                           || IsContractedAuxiliary(p, j)
                                                           // "She has since said": "since" after a perfect's auxiliary is an adverb.
                                                           || (p[j].Lower == "since" && j > 0 && p[j - 1].Lower is "has" or "have" or "had" or "'s" or "'ve" or "'d")
                                                           || (p[j].Lower == "far" && j > 0 && p[j - 1].Lower is "so" or "thus")); g++)
        {
            j--;
            // "have so far denied", "thus far has avoided".
            if (j >= 1 && p[j + 1].Lower == "far" && p[j].Lower is "so" or "thus") j--;
            // "Sean Spicer on Thursday evening said": a time phrase with its preposition.
            if (IsTimePhraseAt(p, j) && j + 1 < i) j--;
        }
        // "the United States for the first time expressed": the phrase tells when, not who.
        if (j >= 4 && p[j].Lower == "time" && p[j - 1].Lower is "first" or "second" or "last" && p[j - 2].Lower == "the" && p[j - 3].Lower == "for") j -= 4;
        if (j < 0) return null;
        if (p[j].IsWord && Pronouns.Contains(p[j].Lower)) return (j, j + 1);
        // "voters who said ...", "a memo that says ...": the relative pronoun is the source.
        if (p[j].IsWord && p[j].Lower is "who" or "which" or "that" && j > 0 && (p[j - 1].IsWord || p[j - 1].IsPunct(',') || p[j - 1].IsPunct('%')))
            return (j, j + 1);
        // "two Democrats, both of whom opposed the deal": the quantified pronoun is the source.
        if (p[j].IsWord && p[j].Lower is "whom" or "which" && j >= 2 && p[j - 1].Lower == "of" && p[j - 2].Lower is "both" or "all" or "some"
                or "many" or "most" or "none" or "each" or "one" or "two" or "several" or "half" or "neither" or "either")
            return (j - 2, j + 1);
        // "47% say", "43 said".
        if (p[j].IsPunct('%') && j > 0 && p[j - 1].IsWord && char.IsDigit(text[p[j - 1].Start])) return (j - 1, j + 1);
        // "The agency, however, says": a filler between commas.
        if (p[j].IsPunct(',') && j >= 3 && SubjectVerbFillers.Contains(p[j - 1].Lower) && p[j - 2].IsPunct(','))
            return BackNoun(text, p, j - 3) is { } filled ? Coordinated(text, p, filled) : null;
        // "Gov. John Kasich (R-OH), said": skip the stray comma and the parenthesis.
        if (p[j].IsPunct(',') && j > 0 && p[j - 1].IsPunct(')')) j--;
        if (p[j].IsPunct(')'))
        {
            var m = j - 1;
            while (m >= 0 && !p[m].IsPunct('(') && j - m < 25) m--;
            // "Sen. Jane Roe (a Vermont Democrat who ...) says": a longer parenthesis only after a name.
            if (m > 0 && p[m].IsPunct('(') && p[m - 1].IsWord && (j - m < 8 || p[m - 1].IsCapitalised(text))) return BackNoun(text, p, m - 1);
            return null;
        }
        if (p[j].IsPunct(','))
        {
            // Appositive: "Hugh Hill, a doctor at the hospital, said" / "Parker Eaton, 81, said".
            var close = p[j].IsPunct(')') ? '(' : ',';
            for (var m = j - 1; m >= Math.Max(0, j - 25); m--)
            {
                if (p[m].IsQuote) break;
                if (p[m].IsPunct(close))
                {
                    if (m == j - 1) break;
                    // "a retired representative from Scranton, Pa., said": the state ends a place inside the appositive.
                    if (close == ',' && j - m - 1 == 1 && text[p[m + 1].End - 1] == '.' && p[m + 1].IsCapitalised(text)) continue;
                    // "His campaign manager, Jeff Weaver, said": the name between the commas is the speaker.
                    if (close == ',' && j - m - 1 <= 4 && Enumerable.Range(m + 1, j - m - 1).All(x => p[x].IsCapitalised(text)))
                        return (m + 1, j);
                    // "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Church in Marion, said": a name with
                    // where it is from, after a description that is not a name.
                    if (close == ',' && j - m - 1 <= 10 && m + 2 < j && p[m + 1].IsCapitalised(text) && p[m + 2].IsCapitalised(text)
                        && !Determiners.Contains(p[m + 1].Lower) && DescriptionBefore(text, p, m)
                        && Enumerable.Range(m + 1, j - m - 1).All(x => p[x].IsCapitalised(text) || p[x].Lower is "of" or "in" or "at" or "from" or "for" or "the"))
                        return (m + 1, j);
                    var first = p[m + 1];
                    // "Democratic economists, like their Republican counterparts, say": a comparison between commas.
                    if (close == ',' && first.IsWord && first.Lower is "like" or "unlike" or "including" && BackNoun(text, p, m - 1) is { } compared
                        && (compared.Start == 0 || p[compared.Start - 1].Kind == PieceKind.Punct || Boundaries.Contains(p[compared.Start - 1].Lower)))
                        return Coordinated(text, p, compared);
                    var relativeClause = first.IsWord && first.Lower is "who" or "which";
                    // "A federal judge, in response to a request, ordered ...", "The message, sent to the staff, called ...",
                    // "Mrs. Roe herself, as well as her campaign, has said", "Two senators, both up for reelection, said": a
                    // parenthesis between commas after the noun phrase that opens the clause.
                    if (close == ',' && first.IsWord && m + 2 < j
                        && (first.Lower is "in" or "on" or "at" or "for" or "with" or "after" or "despite" or "both" or "all" or "each"
                            || (first.Lower == "as" && p[m + 2].Lower == "well")
                            || (first.Lower.EndsWith("ed", StringComparison.Ordinal) && first.Lower.Length > 4 && !first.IsCapitalised(text)))
                        && BackNoun(text, p, m - 1) is { } opener && (opener.Start == 0 || p[opener.Start - 1].Kind == PieceKind.Punct)
                        && !Pronouns.Contains(p[opener.Start].Lower)
                        && Enumerable.Range(m + 1, j - m - 1).All(x => !p[x].IsQuote && !(p[x].IsWord && CueLexicon.Default.IsStrong(p[x].Lower))))
                        return Coordinated(text, p, opener);
                    if (first.IsWord && !relativeClause && (Boundaries.Contains(first.Lower) || Subordinators.Contains(first.Lower))) break;
                    var apposLike = close == '(' || !first.IsCapitalised(text) || first.Lower is "a" or "an" or "the"
                                    || char.IsDigit(text[first.Start]) || relativeClause;
                    if (!apposLike) break;
                    // "Paul Porter, a truck driver from Ava, Mo., who is a member ..., said": the relative clause may
                    // follow an appositive; the name opening the clause is the speaker.
                    if (relativeClause && SubjectBeforeAppositive(text, p, j) is { } named) return named;
                    // "Rep. Jane Roe (D-Md.), chair of the committee, said": a party label in parentheses ends the name.
                    var before = m - 1;
                    if (before > 0 && p[before].IsPunct(')'))
                    {
                        var open = before - 1;
                        while (open > 0 && !p[open].IsPunct('(') && before - open < 8) open--;
                        if (open > 0 && p[open].IsPunct('(')) before = open - 1;
                    }
                    var np = BackNoun(text, p, before);
                    if (np is not null && (p[np.Value.End - 1].IsCapitalised(text) || Pronouns.Contains(p[np.Value.End - 1].Lower)))
                        return np;
                    // "The union, which endorsed the mayor in May, said": a relative clause marks the noun phrase that
                    // opens the clause before it as the subject, a common noun too.
                    if (relativeClause && np is { } common && (common.Start == 0 || p[common.Start - 1].Kind == PieceKind.Punct))
                        return common;
                    break;
                }
                if (p[m].Kind == PieceKind.Punct && !p[m].IsPunct('-') && !p[m].IsPunct('.')) break;
            }
            return SubjectBeforeAppositive(text, p, j);
        }
        if (p[j].IsPunct('-')) return SubjectBeforeAppositive(text, p, j);
        // "A news report published Wednesday said", "the order released Friday said": a participle and its time.
        if (j >= 1 && j + 1 < i && p[j].IsWord && p[j].Lower.EndsWith("ed", StringComparison.Ordinal) && Weekdays.Contains(p[j + 1].Lower)
            && BackNoun(text, p, j - 1) is { } described)
            return described;
        // "those surveyed said", "those polled say".
        if (j >= 1 && p[j].IsWord && p[j].Lower.EndsWith("ed", StringComparison.Ordinal) && p[j - 1].Lower == "those") return (j - 1, j + 1);
        // "The chairman of the county teachers union said": a subject right before its verb may be a longer phrase.
        if (!p[j].IsWord || BackNoun(text, p, j, maxCommonNoun) is not { } subject) return null;
        // "officials in Seoul said", "sources close to the campaign said": the group, with where it is from.
        if (subject.Start >= 2 && p[subject.Start - 1].Lower is "in" or "at" or "from" or "with" or "to"
            && BackNoun(text, p, subject.Start - 2) is { } group && group.End == subject.Start - 1 && SourceNouns.Contains(p[group.End - 1].Lower))
            return (group.Start, subject.End);
        if (subject.Start >= 3 && p[subject.Start - 1].Lower == "to" && p[subject.Start - 2].Lower == "close"
            && BackNoun(text, p, subject.Start - 3) is { } near && near.End == subject.Start - 2 && SourceNouns.Contains(p[near.End - 1].Lower))
            return (near.Start, subject.End);
        // "a source familiar with the mayor's thinking said".
        if (subject.Start >= 3 && p[subject.Start - 1].Lower == "with" && p[subject.Start - 2].Lower == "familiar"
            && BackNoun(text, p, subject.Start - 3) is { } familiar && familiar.End == subject.Start - 2 && SourceNouns.Contains(p[familiar.End - 1].Lower))
            return (familiar.Start, subject.End);
        if (Proportion(text, p, subject) is { } share) return share;
        return Coordinated(text, p, subject);
    }

    /// <summary>"six in 10 said", "more than 4 in 10 say", "nine out of 10 voters said": a poll's share is the
    /// source, not the number after "in". Number words are the quantity extractor's (<see cref="NumberParser.IsNumberWord"/>).</summary>
    private static (int Start, int End)? Proportion(string text, Piece[] p, (int Start, int End) subject)
    {
        var k = subject.Start;
        if (k < 2 || !(char.IsDigit(text[p[k].Start]) || NumberParser.IsNumberWord(p[k].Lower))) return null;
        var of = k - 1;
        if (p[of].Lower == "of" && of >= 1 && p[of - 1].Lower == "out") of--;
        else if (p[of].Lower is not ("in" or "of")) return null;
        var n = of - 1;
        if (n < 0 || !p[n].IsWord || !(char.IsDigit(text[p[n].Start]) || NumberParser.IsNumberWord(p[n].Lower))) return null;
        // "more than", "nearly", "about", "fewer than": the qualifier belongs to the share.
        if (n >= 2 && p[n - 1].Lower == "than" && p[n - 2].Lower is "more" or "fewer" or "less") n -= 2;
        else if (n >= 1 && p[n - 1].Lower is "nearly" or "about" or "almost" or "roughly" or "some" or "around" or "only") n--;
        return (n, subject.End);
    }

    /// <summary>The clause before the comma at <paramref name="m"/> has a lower-case word: a description ("One pastor
    /// supporting Mr. Cruz"), not a name of its own.</summary>
    private static bool DescriptionBefore(string text, Piece[] p, int m)
    {
        for (var x = m - 1; x >= 0 && p[x].IsWord; x--)
            if (!p[x].IsCapitalised(text)) return true;
        return false;
    }

    /// <summary>"He's suggesting", "who's been pushing", "she's said": the splitter cuts "'s" off as if it were a
    /// possessive; after a pronoun it is "is" or "has", which stands between the subject and its verb.</summary>
    private static bool IsContractedAuxiliary(Piece[] p, int j) =>
        p[j].Lower == "'s" && j > 0 && p[j - 1].IsWord && (Pronouns.Contains(p[j - 1].Lower) || p[j - 1].Lower is "who" or "that" or "there");

    /// <summary>The noun a relative pronoun at <paramref name="k"/> stands for: "Barkley, who", "voters who".</summary>
    private static (int Start, int End)? Antecedent(string text, Piece[] p, int k)
    {
        if (k >= 2 && p[k - 1].IsPunct(',') && BackNoun(text, p, k - 2) is { } named) return named;
        if (LeftSource(text, p, k, 5) is { } np) return np;
        return k >= 1 && p[k - 1].IsWord && !Boundaries.Contains(p[k - 1].Lower) ? (k - 1, k) : null;
    }

    /// <summary>Words between a subject and its verb besides auxiliaries ("Forbes however says", "he too said").</summary>
    private static readonly HashSet<string> SubjectVerbFillers = new(StringComparer.Ordinal)
    { "however", "too", "himself", "herself", "themselves", "itself", "instead", "now", "separately", "meanwhile", "though",
      "likewise", "similarly", "nonetheless", "nevertheless", "subsequently", "previously", "already", "still" };

    /// <summary>"Marley Anderson, 21, a junior from Las Vegas, said" / "Tad Devine, Sanders' senior media adviser,
    /// said" / "Jason Sims — a teacher — says": a name opening the clause, then an appositive of any shape up to
    /// the comma or dash before the cue. The name must stand right before a comma (or the dash) itself.</summary>
    private static (int Start, int End)? SubjectBeforeAppositive(string text, Piece[] p, int j)
    {
        var dash = p[j].IsPunct('-');
        var limit = -1;
        for (var m = j - 1; m >= Math.Max(0, j - 40); m--)
        {
            // "(D-Md.)": a stop right before a closing parenthesis or a comma is an abbreviation's, not a sentence end.
            if (p[m].IsPunct('.') && m + 1 < p.Length && (p[m + 1].IsPunct(')') || p[m + 1].IsPunct(','))) continue;
            if (p[m].Kind == PieceKind.Punct && p[m].Lower is ";" or ":" or "." or "?" or "!") { limit = m + 1; break; }
            if (p[m].IsQuote && p[m].End - p[m].Start > 40) { limit = m + 1; break; }
            if (m == 0) limit = 0;
        }
        if (limit < 0) return null;
        for (var s = limit; s < j; s++)
        {
            if (s > limit && !p[s - 1].IsPunct(',')) continue;
            var k = s;
            while (k < j && p[k].IsWord && p[k].Lower is "but" or "and" or "still" or "yet" or "so" or "meanwhile") k++;
            // The name itself: capitalised words only ("Jason Sims — a teacher —": the dash ends it).
            var e = k;
            while (e < j && e - k < 6 && p[e].IsCapitalised(text)) e++;
            if (e == k || e >= j || Pronouns.Contains(p[k].Lower) || ColonLabels.Contains(p[k].Lower)
                || Prepositions.Contains(p[k].Lower) || p[k].Lower is "of" or "as" or "for") continue;   // "Of Carson, Levine, who ..."
            if (p[e].IsPunct(dash ? '-' : ',') || (!dash && p[e].IsPunct('('))) return (k, e);
        }
        // "Many speakers at the service — including Muslims, Christians — said": a short subject opening the clause,
        // then a parenthesis between dashes.
        if (dash)
        {
            var open = j - 1;
            while (open > limit && !p[open].IsPunct('-')) open--;
            // "The justice -- who has ... -- said": a determiner may open it (the colon labels include "the", "this").
            if (open > limit && open - limit <= 8 && p[limit].IsWord && !Pronouns.Contains(p[limit].Lower)
                && (!ColonLabels.Contains(p[limit].Lower) || (Determiners.Contains(p[limit].Lower) && open - limit >= 2))
                && Enumerable.Range(limit, open - limit).All(x => p[x].IsWord && !Auxiliaries.Contains(p[x].Lower) && !CueLexicon.Default.IsStrong(p[x].Lower)))
                return (limit, open);
        }
        return null;
    }

    /// <summary>"Russia and North Korea have denied ...": a subject of names joined by "and"/"or" (and commas) is
    /// one source; only names are joined, so "the plan and Smith said" keeps "Smith".</summary>
    private static (int Start, int End) Coordinated(string text, Piece[] p, (int Start, int End) np)
    {
        if (!p[np.Start].IsCapitalised(text)) return np;
        var start = np.Start;
        while (start >= 2 && (p[start - 1].Lower is "and" or "or" || p[start - 1].IsPunct(',')))
        {
            var before = BackNoun(text, p, start - 2);
            if (before is not { } b || !p[b.Start].IsCapitalised(text) || !p[b.End - 1].IsCapitalised(text)) break;
            // "In Paris, Smith said": a comma alone joins only inside a list that ends with "and".
            if (p[start - 1].IsPunct(',') && !(start < np.Start || p[np.Start - 1].Lower is "and" or "or")) break;
            if (b.Start > 0 && p[b.Start - 1].IsWord && Prepositions.Contains(p[b.Start - 1].Lower)) break;
            start = b.Start;
        }
        return (start, np.End);
    }

    private static bool IsAdverb(string text, in Piece w) =>
        w.Lower.Length > 4 && w.Lower.EndsWith("ly", StringComparison.Ordinal) && !char.IsUpper(text[w.Start]);

    /// <summary>"..., he laughed and said", "She smiled and added": a single verb before the conjunction, and a pronoun
    /// opening its clause right before it.</summary>
    private static (int Start, int End)? CoordinatedVerbSubject(string text, Piece[] p, int i)
    {
        var and = CueLeftEdge(text, p, i) - 1;
        var v = and - 1;
        if (v < 1 || !p[v].IsWord || !(LooksLikeVerb(p[v]) || ActionVerbs.Contains(p[v].Lower))) return null;
        // Only a pronoun opening its clause ("..., he laughed and said"): a longer phrase could end a content ("said the
        // prices increased and added").
        var pro = v - 1;
        if (!Pronouns.Contains(p[pro].Lower) || p[pro].Lower is "it" or "you" || !(pro == 0 || p[pro - 1].Kind == PieceKind.Punct)) return null;
        return (pro, pro + 1);
    }

    /// <summary>"... and said", "... but likewise said": the verb shares the subject of the clause before. Auxiliaries
    /// and adverbs may stand between the conjunction and the verb ("... and has pledged", "... and repeatedly criticized").</summary>
    private static bool ConjunctionBefore(string text, Piece[] p, int i)
    {
        var j = CueLeftEdge(text, p, i);
        return j > 0 && (p[j - 1].Lower is "and" or "but"
                         || (j > 1 && p[j - 1].IsWord && SubjectVerbFillers.Contains(p[j - 1].Lower) && p[j - 2].Lower is "and" or "but"));
    }

    /// <summary>Nouns in "-ing" that name a source ("Exit polling showed", "a source familiar with his thinking said",
    /// "the ruling says"); other "-ing" words before a verb are verbs or adjectives.</summary>
    private static readonly HashSet<string> IngNouns = new(StringComparer.Ordinal)
    { "polling", "thinking", "reporting", "ranking", "rankings", "filing", "ruling", "briefing", "hearing", "findings", "meeting", "planning" };

    private static (int Start, int End)? BackNoun(string text, Piece[] p, int j, int maxCommonNoun = 5)
    {
        if (j < 0 || !p[j].IsWord || Boundaries.Contains(p[j].Lower)) return null;
        var k = j;
        var n = 0;
        while (k >= 0 && n < 8 && (p[k].IsWord || p[k].IsPunct('-')) && !Boundaries.Contains(p[k].Lower)
               && !(k < j && Pronouns.Contains(p[k].Lower) && p[k].Lower != "it"))
        { k--; n++; }
        var start = k + 1;
        // Leading lower-case words before a capitalised name are usually not part of the subject
        // ("Tuesday Trump said" is rare; "campaign manager Robby Mook" keeps its title as written).
        while (start <= j && p[start].IsPunct('-')) start++;
        // "On Tuesday the presidential office urged": the day is the time of the act, not part of who acted.
        while (start < j && p[start].IsWord && Weekdays.Contains(p[start].Lower)) start++;
        if (start > j) return null;
        var head = p[j];
        if (!head.IsCapitalised(text))
        {
            // A group or role: "lawmakers", "the agency", "officials". Verbs and adjectives are not sources.
            if (head.Lower.EndsWith("ed", StringComparison.Ordinal) || (head.Lower.EndsWith("ing", StringComparison.Ordinal) && !IngNouns.Contains(head.Lower))
                || (head.Lower.Length < 3 && !char.IsDigit(text[head.Start]) && !(j > start && p[j - 1].Lower is "the" or "an" or "this" or "that"))
                || j - start > maxCommonNoun) return null;   // "the ad says" is a subject; a lone short word is not
        }
        return (start, j + 1);
    }

    private static (int Start, int End)? ForwardNoun(string text, Piece[] p, int k)
    {
        if (k >= p.Length || !p[k].IsWord) return null;
        if (Pronouns.Contains(p[k].Lower) || p[k].Lower is "him" or "her" or "them" or "us" or "me") return (k, k + 1);
        if (Boundaries.Contains(p[k].Lower) && p[k].Lower is not ("the")) return null;
        var e = k;
        var n = 0;
        while (e < p.Length && n < 9 && (p[e].IsWord || (p[e].IsPunct('-') && e > k)) && (!Boundaries.Contains(p[e].Lower) || e == k))
        {
            // Stop before a verb of the reported clause: "the US believes" – a cue word ends the noun phrase.
            if (e > k && (CueLexicon.Default.IsStrong(p[e].Lower) || IsNestedCueWord(p[e], CueLexicon.Default))) break;
            // "told Breitbart News he'd support ...": a subject pronoun opens the next clause.
            if (e > k && IsSubjectPronoun(p[e].Lower)) break;
            e++; n++;
        }
        if (e == k) return null;
        while (e > k + 1 && p[e - 1].IsPunct('-')) e--;
        return (k, e);
    }

    /// <summary>A subject pronoun other than "it", alone or contracted with its auxiliary ("he'd", "they're", "we’ll").</summary>
    private static bool IsSubjectPronoun(string lower)
    {
        var cut = lower.IndexOfAny(['\'', '’']);
        var head = cut > 0 ? lower[..cut] : lower;
        return head != "it" && Pronouns.Contains(head) && (cut < 0 || lower[(cut + 1)..] is "d" or "ll" or "re" or "ve" or "m" or "s");
    }

    /// <summary>"Cruz made an unprompted call ...": past forms without "-ed" that end a subject.</summary>
    private static readonly HashSet<string> IrregularPasts = new(StringComparer.Ordinal)
    {
        "made", "took", "gave", "told", "came", "went", "wrote", "spoke", "put", "got", "kept", "held", "left", "brought",
        "began", "ran", "saw", "knew", "thought", "felt", "stood", "led", "set", "won", "lost", "sent", "spent", "drew",
    };

    private static readonly HashSet<string> Quantifiers = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "many", "some", "most", "several", "few", "all", "both", "each", "every",
        "other", "others", "another", "such", "more", "half",
    };

    private static (int Start, int End)? SentenceSubject(string text, Piece[] p)
    {
        if (p.Length == 0 || !p[0].IsWord) return null;
        var k = 0;
        // "WASHINGTON, Dec. 8 (UPI) — In response to ...": a dateline up to its dash is no part of the clause.
        if (Dateline(text, p) is { } after)
        {
            if (after >= p.Length - 1) return null;
            return SentenceSubject(text, p[after..]) is { } rest ? (rest.Start + after, rest.End + after) : null;
        }
        // "On Tuesday the presidential office urged ...": a leading time phrase without its comma.
        if (p.Length > 3 && Prepositions.Contains(p[0].Lower) && p[1].IsWord && TimeWords.Contains(p[1].Lower) && !p[2].IsPunct(','))
            k = 2;
        // "In line with the majority of his fellow Americans, Sen. Ted Cruz was ...": skip a leading adverbial.
        // "And he continued on, mocking ...", "But now Mr. Lee has taken ...": the conjunction (and a time word) only.
        else if (p.Length > 3 && p[0].Lower is "and" or "but" or "then" or "instead" && !p[1].IsPunct(',')
                 && (Pronouns.Contains(p[1].Lower) || p[1].IsCapitalised(text) || (TimeWords.Contains(p[1].Lower) || p[1].Lower == "now") && !p[2].IsPunct(',')))
            k = Pronouns.Contains(p[1].Lower) || p[1].IsCapitalised(text) ? 1 : 2;
        else if (Prepositions.Contains(p[0].Lower) || p[0].Lower is "speaking" or "asked" or "when" or "after" or "later" or "earlier" or "meanwhile" or "but" or "and" or "still" or "yet" or "even"
                 // "By Sunday afternoon, she ...", "As the results came in, he ...", "Instead, the senator ...".
                 || p[0].Lower is "by" or "as" or "since" or "while" or "although" or "though" or "because" or "once" or "despite" or "amid" or "instead" or "then"
                 || ShortTimeOpener(p))
        {
            while (k < p.Length && !p[k].IsPunct(',') && !p[k].IsQuote) k++;
            if (k >= p.Length - 1 || p[k].IsQuote) return null;
            k++;
        }
        if (Pronouns.Contains(p[k].Lower)) return (k, k + 1);
        var np = ForwardNoun(text, p, k);
        if (np is null) return null;
        // "One operative inside Trump Tower tried to downplay ...", "The senator quickly took to Twitter": the subject
        // ends before its verb or the adverb before it.
        var end = np.Value.End;
        for (var e = np.Value.Start + 1; e < np.Value.End; e++)
            if (!p[e].IsCapitalised(text) && (p[e].Lower.EndsWith("ed", StringComparison.Ordinal) || Auxiliaries.Contains(p[e].Lower) || IsAdverb(text, p[e]) || ActionVerbs.Contains(p[e].Lower) || IrregularPasts.Contains(p[e].Lower))) { end = e; break; }
        // "Cruz made an unprompted call ...": a name ends at the first lower-case word (not at a possessive's noun;
        // "One operative inside ..." opens with a number, not a name).
        if (p[np.Value.Start].IsCapitalised(text) && !Determiners.Contains(p[np.Value.Start].Lower) && !Quantifiers.Contains(p[np.Value.Start].Lower))
            for (var e = np.Value.Start + 1; e < end; e++)
                if (p[e].IsWord && !p[e].IsCapitalised(text))
                {
                    if (p[e].Lower != "'s" && !p[e - 1].Lower.EndsWith("'s", StringComparison.Ordinal) && !p[e - 1].Lower.EndsWith("s'", StringComparison.Ordinal)
                        && p[e].Lower is not ("of" or "and" or "or")) end = e;
                    break;
                }
        // "The minister welcomed ...": a determiner and a role noun are a subject too.
        var roleSubject = end - np.Value.Start is >= 2 and <= 5 && p[np.Value.Start].Lower is "the" or "a" or "an"
                          && !p[end - 1].Lower.EndsWith("ing", StringComparison.Ordinal) && p[end - 1].Lower.Length > 2;
        if (!p[end - 1].IsCapitalised(text) && !roleSubject) return null;
        return (np.Value.Start, end);
    }

    /// <summary>"Minutes later, ...", "Two days ago, ...": a short time phrase and its comma open the sentence.</summary>
    private static bool ShortTimeOpener(Piece[] p)
    {
        for (var k = 1; k < Math.Min(p.Length, 5); k++)
        {
            if (p[k].IsPunct(',')) return p[k - 1].Lower is "later" or "earlier" or "ago" or "afterward" or "afterwards";
            if (!p[k].IsWord) return false;
        }
        return false;
    }

    /// <summary>The piece after a leading dateline ("WASHINGTON, Dec. 8 (UPI) —", "NEW YORK —"): capitalised place
    /// words, the first all in capitals, then a dash within a dozen pieces; null when there is none.</summary>
    private static int? Dateline(string text, Piece[] p)
    {
        var w = text[p[0].Start..p[0].End];
        if (w.Length < 3 || w.ToUpperInvariant() != w || !char.IsLetter(w[0])) return null;
        for (var k = 1; k < Math.Min(p.Length, 12); k++)
            if (p[k].IsPunct('-')) return k + 1;
        return null;
    }

    private static int SkipAppositive(string text, Piece[] p, int k)
    {
        // "said Kirby, a spokesman for the Pentagon." / "according to Park Sunwon, who attended": not content.
        if (k < p.Length && p[k].IsPunct(',') && k + 1 < p.Length && p[k + 1].IsWord
            && (!p[k + 1].IsCapitalised(text) || p[k + 1].Lower is "a" or "an" or "the") && p[k + 1].Lower is not ("that"))
        {
            var m = k + 1;
            while (m < p.Length && !p[m].IsPunct(',') && !p[m].IsQuote && !(p[m].Kind == PieceKind.Punct && p[m].Lower is "." or "?" or "!" or ";" or ":")) m++;
            return m;
        }
        return k;
    }

    /// <summary>The reported clause before a trailing attribution starts after a leading adverbial clause that ends
    /// in a comma only when that is the sentence start ("In Iowa, the economy is weak, he said" keeps all).</summary>
    /// <summary>A lone connective ("But", "Still", "Yet") between the writer's sentence before and the words after.</summary>
    private static bool IsConnective(Piece[] p, int start, int end) =>
        end - start == 1 && p[start].Lower is "but" or "still" or "yet" or "and" or "so" or "however" or "also";

    /// <summary>A quotation whose first letter is lower-case ("“could be a good time ...”"): its words continue a
    /// sentence begun outside the marks.</summary>
    private static bool OpensLowercase(string text, Piece quote)
    {
        for (var i = quote.Start; i < quote.End; i++)
            if (char.IsLetter(text[i])) return char.IsLower(text[i]);
        return false;
    }

    private static int ClauseStart(Piece[] p, int start, int end)
    {
        while (start < end && p[start].Kind == PieceKind.Punct) start++;
        return start;
    }

    internal static int TrimEnd(Piece[] p, int start, int end)
    {
        while (end > start && p[end - 1].Kind == PieceKind.Punct && !p[end - 1].IsPunct(')')) end--;
        return end;
    }

    private static int CountContent(Piece[] p, int start, int end)
    {
        var n = 0;
        for (var k = start; k < end; k++) if (p[k].IsWord) n++; else if (p[k].IsQuote) n += 3;
        return n;
    }

    internal static bool ContainsQuote(Piece[] p, int start, int end)
    {
        for (var k = start; k < end; k++) if (p[k].IsQuote) return true;
        return false;
    }

    internal static Span SpanOf(Piece[] p, (int Start, int End) r) => new(p[r.Start].Start, p[r.End - 1].End);
}

internal static class PieceExtensions
{
    public static Span Span(this in Piece p) => new(p.Start, p.End);
}
