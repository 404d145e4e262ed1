using Triangulate.Documents;
using Triangulate.Evaluation.Data;
using Triangulate.Evaluation.Scoring;
using Triangulate.Fusion.Stories;
using Triangulate.Pipeline;

namespace Triangulate.Tests.Fusion;

public class StoryClustererTests
{
    private static readonly ArticlePipeline Pipeline = PipelineBuilder.Default().Build();

    [Fact]
    public void Two_rehab_stays_of_two_actresses_are_two_stories_and_each_holds_together()
    {
        // ECB+ training topic 1: Tara Reid enters rehab (ecb) vs Lindsay Lohan enters rehab (ecbplus)
        var docs = EcbPlusReader.Read(Path.Combine(FusionTestData.Shared(), "eval", "ecbplus"), t => t == 1).Documents;
        // streamed in id order through one clusterer, on the gold tokens (no pipeline run needed)
        var clusterer = new StoryClusterer();
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in docs.OrderBy(d => d.Name, StringComparer.Ordinal))
            predicted[d.Name] = clusterer.Add(new AnalyzedArticle(new Article { Id = d.Name, Source = d.Name, Text = d.Text })
            {
                Tokens = d.Tokens.Select(t => new Token(t.Start, t.End, t.Text.Length > 0 && char.IsLetter(t.Text[0]) ? TokenKind.Word
                    : t.Text.Length > 0 && char.IsDigit(t.Text[0]) ? TokenKind.Number : TokenKind.Punctuation, t.Text)).ToArray(),
            }).StoryId;
        var scores = ClusteringScoring.Score(docs.ToDictionary(d => d.Name, d => d.SubTopic, StringComparer.Ordinal), predicted);
        var reid = docs.Where(d => d.SubTopic == "1ecb").Select(d => predicted[d.Name]).GroupBy(s => s).MaxBy(g => g.Count())!;
        var lohan = docs.Where(d => d.SubTopic == "1ecbplus").Select(d => predicted[d.Name]).GroupBy(s => s).MaxBy(g => g.Count())!;
        reid.Key.ShouldNotBe(lohan.Key);
        reid.Count().ShouldBeGreaterThanOrEqualTo(docs.Count(d => d.SubTopic == "1ecb") - 1);
        scores.Pairwise.F1.ShouldBeGreaterThan(0.9);
    }

    [Fact]
    public void Story_ids_follow_creation_and_why_names_shared_features()
    {
        var c = new StoryClusterer();
        var first = c.Add(FusionTestData.Segmented("a", FusionTestData.WireParagraph + " " + FusionTestData.OtherParagraph));
        var second = c.Add(FusionTestData.Segmented("b", FusionTestData.ThirdParagraph + " " + FusionTestData.OtherParagraph));
        var third = c.Add(FusionTestData.Segmented("c", "An earthquake of magnitude 6.1 struck off the coast of northern California on Sunday, the US Geological Survey said."));
        first.StoryId.ShouldBe("s1");
        second.StoryId.ShouldBe("s1");
        second.Why.ShouldStartWith("shares ");
        second.Why.ShouldContain("Matthew O'Connor"); // a multi-word name both articles carry
        // words both share are shown too, after the names, not crowded out by them
        var shown = second.Why["shares ".Length..].Split(", ");
        shown.ShouldContain(w => w.All(ch => char.IsLower(ch)));
        shown.Length.ShouldBeLessThanOrEqualTo(8);
        third.StoryId.ShouldBe("s2");
        third.NewStory.ShouldBeTrue();
    }

    /// <summary>ECB+ training topic 4: reports of one actress's death name her in full once or twice, then by
    /// surname and pronoun; several (4_11ecb .. 4_13ecb) share too few words with the first reports to join on words
    /// alone (each started a story of its own). Counting the person over all her mentions
    /// (<see cref="StoryOptions.Participants"/>, off by default) holds them together.</summary>
    [Theory]
    [InlineData("id order")]
    [InlineData("reversed")]
    public void Reports_about_one_person_hold_together_through_her_mentions(string order)
    {
        var docs = EcbPlusReader.Read(Path.Combine(FusionTestData.Shared(), "eval", "ecbplus"), t => t == 4).Documents
            .OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
        var analyzed = Pipeline.AnalyzeAll(docs.Select(d => new Article { Id = d.Name, Source = d.Name, Text = d.Text }).ToList());
        var clusterer = new StoryClusterer(new StoryOptions { Participants = true });
        foreach (var i in order == "reversed" ? Enumerable.Range(0, docs.Count).Reverse() : Enumerable.Range(0, docs.Count))
            clusterer.Add(analyzed[i]);

        var predicted = docs.ToDictionary(d => d.Name, d => clusterer.StoryOf(d.Name)!, StringComparer.Ordinal);
        var scores = ClusteringScoring.Score(docs.ToDictionary(d => d.Name, d => d.SubTopic, StringComparer.Ordinal), predicted);
        scores.Pairwise.Precision.ShouldBe(1.0); // the two deaths are never mixed
        scores.Pairwise.F1.ShouldBeGreaterThan(0.9); // without participants: 0.80 in id order, 0.86 reversed
    }

    [Fact]
    public void A_new_story_kept_apart_by_the_name_gate_says_so()
    {
        // invented reports of two fights of one champion (after ECB+ training topic 7): similar enough to join, but
        // each repeats an opponent the other never names
        var c = new StoryClusterer();
        c.Add(Analyzed("a", "Wladimir Klitschko retained his IBF and WBO belts in Mannheim, stopping Hasim Rahman in the seventh "
            + "round. Rahman, a former champion, was floored in the sixth and barely threw a punch. Rahman said afterwards that "
            + "Klitschko was simply too big."));
        var other = c.Add(Analyzed("b", "Tony Thompson was stopped in the sixth round in Bern as Wladimir Klitschko kept his heavyweight "
            + "titles. The 40-year-old Thompson went down twice. Thompson's trainer said the American challenger had been "
            + "outgunned by Klitschko."));
        other.NewStory.ShouldBeTrue();
        other.Why.ShouldContain("kept apart from the story of a");
        other.Why.ShouldContain("Thompson");
        other.Why.ShouldContain("Rahman");
    }

    // invented reports of two groundings of ferries of one operator at one place (after ECB+ training topics 7
    // and 28: one protagonist, two events): similar in every word but the ship each lead names
    internal const string AuroraA = "The Harbor Line ferry Aurora ran aground on a sandbank off Kessel Point on Tuesday with 212 passengers on "
        + "board, the coast guard said. Tugboats pulled the Aurora free after four hours and no one was hurt. The Aurora had left the port "
        + "of Dunmore an hour earlier in heavy fog. Harbor Line said the Aurora would be inspected before it sailed again, and that "
        + "passengers would be refunded. The coast guard said the channel off Kessel Point was poorly marked.";
    internal const string AuroraB = "Passengers spent four hours on the stranded ferry Aurora after it ran aground off Kessel Point, the coast "
        + "guard said on Tuesday. The Aurora, run by Harbor Line, carried 212 passengers from Dunmore. Tugboats freed the Aurora in the "
        + "afternoon. Harbor Line apologised and said the fog had been heavy. Kessel Point has a poorly marked channel, the coast guard said.";
    internal const string Meridian = "The Harbor Line ferry Meridian ran aground on a sandbank off Kessel Point on Friday with 140 passengers "
        + "on board, the coast guard said. Tugboats pulled the Meridian free after six hours and no one was hurt. The Meridian had left "
        + "the port of Dunmore in heavy fog. Harbor Line said the Meridian would be inspected before it sailed again. The coast guard "
        + "said the channel off Kessel Point was poorly marked.";

    /// <summary><see cref="StoryOptions.LeadConflicts"/> (off by default: train 84.8 -> 86.1, dev 87.1 -> 85.6).</summary>
    [Fact]
    public void Two_reports_whose_leads_name_different_protagonists_are_two_stories()
    {
        var off = new StoryClusterer(new StoryOptions { LeadConflicts = false, NameConflicts = false });
        off.Add(Analyzed("a", AuroraA)); off.Add(Analyzed("b", AuroraB));
        off.Add(Analyzed("c", Meridian)).StoryId.ShouldBe("s1"); // on words alone, one story

        var c = new StoryClusterer(new StoryOptions { NameConflicts = false, LeadConflicts = true, NamesByMajority = true });
        c.Add(Analyzed("a", AuroraA)).StoryId.ShouldBe("s1");
        c.Add(Analyzed("b", AuroraB)).StoryId.ShouldBe("s1");
        var other = c.Add(Analyzed("c", Meridian));
        other.NewStory.ShouldBeTrue();
        other.Why.ShouldContain("kept apart from the story of a");
        other.Why.ShouldContain("the lead names Meridian, the story's leads Aurora");
    }

    internal const string AuroraC = "Harbor Line will refund the 212 passengers of the Aurora, which grounded off Kessel Point on Tuesday. "
        + "The Aurora was refloated by two tugboats. Divers found no damage to the hull of the Aurora, the coast guard said, and the "
        + "ferry is expected back on the Dunmore route next week. Fog and a poorly marked channel were blamed.";
    internal const string MeridianB = "The ferry Meridian was stuck on a sandbank off Kessel Point for six hours on Friday. Its 140 passengers "
        + "were unhurt, the coast guard said. Harbor Line said the Meridian had sailed from Dunmore in fog, and that the Meridian "
        + "would stay in port until inspectors cleared it. Tugboats freed the ship in the evening.";
    internal const string MeridianC = "Inspectors cleared the Meridian to sail again on Monday after Friday's grounding off Kessel Point. "
        + "Harbor Line said the Meridian's hull was sound and its 140 passengers would get a refund. The coast guard repeated that "
        + "the channel off Kessel Point was poorly marked and the fog heavy.";

    /// <summary>The split re-check (<see cref="StoryOptions.SplitCheck"/>, branch stories7): a story that took in two
    /// events of one kind — here the name gates are off, so every report joins — splits once each event has three
    /// articles: the groups link weakly and each keeps naming a ship the other never writes. The story keeps its id
    /// and the articles of its first one; the other event's articles move to a new story, and the assignment says why.</summary>
    [Fact]
    public void A_story_that_took_in_two_events_splits_them_and_says_why()
    {
        var texts = new[] { ("a1", AuroraA), ("m1", Meridian), ("a2", AuroraB), ("m2", MeridianB), ("a3", AuroraC), ("m3", MeridianC) };
        var off = new StoryClusterer(new StoryOptions { NameConflicts = false, SplitCheck = false });
        foreach (var (id, text) in texts) off.Add(Analyzed(id, text));
        off.Stories.Count.ShouldBe(1); // on words alone, one story

        var c = new StoryClusterer(new StoryOptions { NameConflicts = false, SplitCheck = true });
        var splits = texts.SelectMany(t => c.Add(Analyzed(t.Item1, t.Item2)).Splits).ToList();
        splits.Count.ShouldBe(1);
        splits[0].From.ShouldBe("s1");
        splits[0].Articles.ShouldBe(["m1", "m2", "m3"], ignoreOrder: true);
        splits[0].Why.ShouldContain("keeps naming Aurora");
        splits[0].Why.ShouldContain("Meridian");
        c.Stories.Select(s => s.Articles.Order(StringComparer.Ordinal).ToArray()).ShouldBe([["a1", "a2", "a3"], ["m1", "m2", "m3"]]);
        c.StoryOf("a1").ShouldBe("s1");
    }

    /// <summary>Without names to tell the groups apart (<see cref="StoryOptions.SplitNames"/>), weak links alone do
    /// not split a story: two reports of one event may well share little.</summary>
    [Fact]
    public void Without_names_that_differ_a_story_does_not_split()
    {
        var c = new StoryClusterer(new StoryOptions { NameConflicts = false, SplitCheck = true });
        foreach (var (id, text) in new[] { ("a1", AuroraA), ("a2", AuroraB), ("a3", AuroraC), ("b1", AuroraA), ("b2", AuroraB), ("b3", AuroraC) })
            c.Add(Analyzed(id, text)).Splits.ShouldBeEmpty();
        c.Stories.Count.ShouldBe(1);
    }

    [Fact]
    public void Leads_that_spell_one_name_two_ways_do_not_conflict()
    {
        var c = new StoryClusterer(new StoryOptions { NameConflicts = false, LeadConflicts = true, NamesByMajority = true });
        c.Add(Analyzed("a", AuroraA));
        // "Aurorra" (a misspelling in one outlet) is one edit from "Aurora": not another ship
        c.Add(Analyzed("b", AuroraB.Replace("Aurora", "Aurorra", StringComparison.Ordinal))).StoryId.ShouldBe("s1");
    }

    [Fact]
    public void A_word_is_a_name_when_the_article_mostly_writes_it_capitalised()
    {
        // a lower-cased slug line before the text (as scraped pages carry) writes the name first in lower case
        var doc = FusionTestData.Segmented("a", "ferry meridian runs aground off kessel point. " + Meridian);
        StoryFeatures.Of(doc, namesByMajority: true).Single(f => f.Key == "meridian").Kind.ShouldBe(FeatureKind.Name);
        StoryFeatures.Of(doc).Single(f => f.Key == "meridian").Kind.ShouldBe(FeatureKind.Term);
    }

    [Fact]
    public void An_article_bridging_two_stories_of_one_event_merges_them_into_the_older_id()
    {
        // invented features: two reports of one event that share too little to meet, then a full report carrying both
        static StoryFeature T(string w) => new(w, w, FeatureKind.Term, 1.0);
        var options = new StoryOptions { Background = BackgroundFrequencies.None, MergeThreshold = 0.45, MergeCentroid = 0.3 };
        var c = new StoryClusterer(options);
        string[] left = ["levee", "breach", "river", "evacuated", "sandbags"];
        string[] right = ["levee", "pumps", "flooded", "farmland", "harvest"];
        foreach (var i in Enumerable.Range(0, 6)) c.Add("noise" + i, [T("noise" + i), T("other" + i), T("word" + i)]);
        var a = c.Add("a", left.Select(T).ToArray());
        var b = c.Add("b", right.Select(T).ToArray());
        b.StoryId.ShouldNotBe(a.StoryId);
        var bridge = c.Add("c", left.Concat(right).Distinct().Select(T).ToArray());
        bridge.StoryId.ShouldBe(a.StoryId);
        bridge.Merged.ShouldBe([b.StoryId]);
        c.StoryOf("b").ShouldBe(a.StoryId);
        c.Stories.Select(s => s.Id).ShouldNotContain(b.StoryId);
        c.Stories.Single(s => s.Id == a.StoryId).Articles.ShouldBe(["a", "b", "c"], ignoreOrder: true);
    }

    [Fact]
    public void Without_merges_the_bridging_article_joins_one_story_and_the_other_stays()
    {
        static StoryFeature T(string w) => new(w, w, FeatureKind.Term, 1.0);
        var c = new StoryClusterer(new StoryOptions { Background = BackgroundFrequencies.None });
        foreach (var i in Enumerable.Range(0, 6)) c.Add("noise" + i, [T("noise" + i), T("other" + i), T("word" + i)]);
        var a = c.Add("a", new[] { "levee", "breach", "river", "evacuated", "sandbags" }.Select(T).ToArray());
        var b = c.Add("b", new[] { "levee", "pumps", "flooded", "farmland", "harvest" }.Select(T).ToArray());
        var bridge = c.Add("c", new[] { "levee", "breach", "river", "evacuated", "sandbags", "pumps", "flooded", "farmland", "harvest" }.Select(T).ToArray());
        bridge.Merged.ShouldBeEmpty();
        c.StoryOf("b").ShouldBe(b.StoryId);
        c.StoryOf("a").ShouldBe(a.StoryId);
    }

    /// <summary>Property: after each Add, every story that existed keeps its id and its articles, unless the
    /// assignment says it was merged into the returned, older story; a new story's id was never used.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Add_never_changes_the_id_of_an_existing_story(bool merges)
    {
        // a random stream over overlapping vocabularies, so that joins, new stories and (when on) merges all happen
        var rng = new Random(11);
        var vocab = Enumerable.Range(0, 60).Select(i => "w" + i).ToArray();
        var options = new StoryOptions { Background = BackgroundFrequencies.None };
        if (merges) options = options with { MergeThreshold = 0.3, MergeCentroid = 0.3 };
        var c = new StoryClusterer(options);
        var before = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var mergeCount = 0; var joins = 0;
        for (var n = 0; n < 300; n++)
        {
            var centre = rng.Next(vocab.Length - 8);
            var features = Enumerable.Range(0, 6).Select(_ => vocab[centre + rng.Next(8)]).Distinct()
                .Select(w => new StoryFeature(w, w, FeatureKind.Term, 1 + rng.NextDouble())).ToArray();
            var assignment = c.Add("a" + n, features);
            mergeCount += assignment.Merged.Count;
            assignment.Splits.ShouldBeEmpty(); // off by default
            if (!assignment.NewStory) joins++;
            var now = c.Stories.ToDictionary(s => s.Id, s => s.Articles.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            foreach (var (id, articles) in before)
            {
                if (assignment.Merged.Contains(id))
                {
                    now.ShouldNotContainKey(id);
                    now[assignment.StoryId].IsSupersetOf(articles).ShouldBeTrue();
                    Seq(assignment.StoryId).ShouldBeLessThan(Seq(id)); // the older id survives
                }
                else
                {
                    now.ShouldContainKey(id);
                    now[id].IsSupersetOf(articles).ShouldBeTrue();
                }
            }
            if (assignment.NewStory) before.ShouldNotContainKey(assignment.StoryId);
            now[assignment.StoryId].ShouldContain("a" + n);
            before = now;
        }
        joins.ShouldBeGreaterThan(0);
        if (merges) mergeCount.ShouldBeGreaterThan(0);
        else mergeCount.ShouldBe(0);
        before.Count.ShouldBeGreaterThan(1);
    }

    private static readonly string[] Surnames = ["Alvarez", "Brennan", "Castillo", "Dimitrov", "Eriksen", "Fontaine", "Gallagher", "Haddad",
        "Ivanova", "Jensen", "Kowalski", "Laurent"];

    /// <summary>Property, with the split re-check on (<see cref="StoryOptions.SplitCheck"/>): after each Add, every
    /// story that existed keeps its id and its articles, except those the assignment says a split moved; they are in
    /// the split's new story, whose id was never used, and only the story the article joined was split.</summary>
    [Fact]
    public void A_split_moves_only_the_articles_it_names_and_keeps_every_id()
    {
        // two events per "topic": shared terms, and a name each event repeats that the other never writes
        var rng = new Random(7);
        var options = new StoryOptions { Background = BackgroundFrequencies.None, NameConflicts = false, SplitCheck = true, SplitRatio = 1.5 };
        var c = new StoryClusterer(options);
        var before = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var splitCount = 0;
        for (var n = 0; n < 300; n++)
        {
            var topic = rng.Next(6);
            var eventName = Surnames[topic * 2 + rng.Next(2)];
            var features = Enumerable.Range(0, 12).Select(i => "t" + topic + "w" + i).Where(_ => rng.Next(4) > 0)
                .Select(w => new StoryFeature(w, w, FeatureKind.Term, 2 + rng.NextDouble()))
                .Append(new StoryFeature(eventName.ToLowerInvariant(), eventName, FeatureKind.Name, 1.7)).ToArray();
            var assignment = c.Add("a" + n, features);
            var now = c.Stories.ToDictionary(s => s.Id, s => s.Articles.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            var moved = assignment.Splits.SelectMany(s => s.Articles).ToHashSet(StringComparer.Ordinal);
            foreach (var split in assignment.Splits)
            {
                splitCount++;
                before.ShouldNotContainKey(split.Into);
                now[split.Into].SetEquals(split.Articles).ShouldBeTrue();
                split.Why.ShouldStartWith("split off " + split.Into);
            }
            foreach (var (id, articles) in before)
            {
                now.ShouldContainKey(id);
                now[id].IsSupersetOf(articles.Where(a => !moved.Contains(a))).ShouldBeTrue();
                if (!assignment.Splits.Any(s => s.From == id)) now[id].IsSupersetOf(articles).ShouldBeTrue();
            }
            assignment.Splits.All(s => s.From == assignment.StoryId || s.Into == assignment.StoryId).ShouldBeTrue();
            now[assignment.StoryId].ShouldContain("a" + n);
            before = now;
        }
        splitCount.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void The_learned_join_score_can_keep_apart_two_reports_that_state_different_figures()
    {
        // invented features: three reports of one kind of event in the same words; the second states other figures
        static StoryFeature T(string w) => new(w, w, FeatureKind.Term, 1.0);
        static StoryFeature Q(string v) => new("q:" + v, v, FeatureKind.Number, 1.0);
        StoryFeature[] words = [T("patch"), T("browser"), T("flaw"), T("update")];
        StoryFeature[] a = [.. words, Q("12"), Q("340")], b = [.. words, Q("7"), Q("95")], c = [.. words, Q("12"), Q("340")];

        // without the switch the figures are not looked at: one story
        var plain = new StoryClusterer(new StoryOptions { Background = BackgroundFrequencies.None });
        plain.Add("a", a); plain.Add("b", b).StoryId.ShouldBe("s1");

        // a model that vetoes a join whose figures conflict (band widened to every cosine)
        var veto = new Triangulate.Extraction.Quotes.LogisticModel(new Dictionary<string, double> { ["numConflict"] = -20 }, 5);
        var learned = new StoryClusterer(new StoryOptions
        {
            Background = BackgroundFrequencies.None, LearnedJoin = true, JoinModel = veto, LearnedLow = 0, LearnedHigh = 2,
        });
        learned.Add("a", a).StoryId.ShouldBe("s1");
        var second = learned.Add("b", b);
        second.NewStory.ShouldBeTrue();
        learned.Add("c", c).StoryId.ShouldBe("s1");
    }

    [Fact]
    public void The_shipped_join_model_loads()
    {
        var model = StoryJoin.Shipped;
        model.ShouldNotBeNull();
        model.FeatureCount.ShouldBeGreaterThan(10);
    }

    /// <summary>The join threshold is an option: at 0.21 (branch stories8's setting, which won on ECB+ but merged
    /// months of unrelated election coverage into one story on the PolNeAR stream, so the default stayed 0.25) a
    /// second report sharing few words with the first joins its story; at the default it starts its own; an
    /// unrelated report starts its own at either.</summary>
    [Fact]
    public void A_second_report_sharing_few_words_joins_only_below_the_default_threshold()
    {
        var loose = new StoryClusterer(new StoryOptions { JoinThreshold = 0.21 });
        var first = loose.Add(Analyzed("r1", FewWordsFirst));
        var second = loose.Add(Analyzed("r2", FewWordsSecond));
        var other = loose.Add(Analyzed("r3", "Harvest festival organisers in the valley town announced a new date for the parade, citing a shortage of volunteers and rising insurance costs this autumn."));
        second.Similarity.ShouldBeInRange(0.21, 0.25);
        second.StoryId.ShouldBe(first.StoryId);
        other.NewStory.ShouldBeTrue();
        var standard = new StoryClusterer();
        standard.Add(Analyzed("r1", FewWordsFirst));
        standard.Add(Analyzed("r2", FewWordsSecond)).NewStory.ShouldBeTrue();
    }

    private const string FewWordsFirst = "A freight train carrying timber left the rails near the river crossing at Colbrook early on Tuesday, "
        + "blocking the main line for several hours. The operator said no one was hurt and that crews were clearing the wagons. "
        + "Passengers on the morning services were taken on by bus while engineers inspected the bridge.";
    private const string FewWordsSecond = "The line through Colbrook is expected to reopen at the weekend after Tuesday's derailment of a timber train, "
        + "the regional council said. Residents living beside the embankment said the noise woke them before dawn, "
        + "and the council asked for a report on the condition of the track and its signals.";

    private static AnalyzedArticle Analyzed(string id, string text)
        => Pipeline.Analyze(new Article { Id = id, Source = id + ".txt", Text = text });

    private static int Seq(string storyId) => int.Parse(storyId[1..], System.Globalization.CultureInfo.InvariantCulture);
}
