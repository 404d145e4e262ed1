using Triangulate.Documents;
using Triangulate.Evaluation.Data;

namespace Triangulate.Tests.Evaluation;

public class PolnearReaderTests
{
    private const string Text = "\u201CWe will win,\u201D Smith said. The mayor said taxes would rise. Jones called it \"a disaster\" for the city.";

    [Fact]
    public void Parses_attributions_with_pieces_and_no_source()
    {
        // content 1 = “We will win,” [0,14) ; source Smith [15,20) ; cue said [21,25)
        var ann = new[]
        {
            "T1\tContent 0 14\t\u201CWe will win,\u201D",
            "T2\tSource 15 20\tSmith",
            "T3\tCue 21 25\tsaid",
            "T4\tAttribution 21 25\tsaid",
            "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
            "T5\tCue 37 41\tsaid",
            "T6\tContent 42 47;54 59\ttaxes rise.",
            "T7\tAttribution-no-source 37 41\tsaid",
            "E2\tAttribution-no-source:T7 Content:T6 Cue:T5",
            "T8\tDiscard 0 3\tWe ",
        };
        var atts = PolnearReader.ParseAnn(ann, Text);
        atts.Count.ShouldBe(2);
        atts[0].Source.ShouldBe([new Span(15, 20)]);
        atts[0].Kind.ShouldBe(QuoteKind.Direct);
        atts[1].HasSource.ShouldBeFalse();
        atts[1].Content.Count.ShouldBe(2);
        atts[1].ContentExtent.ShouldBe(new Span(42, 59));
        atts[1].Kind.ShouldBe(QuoteKind.Indirect);
    }

    [Theory]
    [InlineData("\u201CWe will win,\u201D", QuoteKind.Direct)]
    [InlineData("\"No.\"", QuoteKind.Direct)]
    [InlineData("\u201CIt is over\u201D.", QuoteKind.Direct)]
    [InlineData("it \"a disaster\" for the city", QuoteKind.Mixed)]
    [InlineData("that taxes would rise", QuoteKind.Indirect)]
    [InlineData("the mayor's plan won't pass", QuoteKind.Indirect)]
    public void Classifies_direct_mixed_indirect(string content, QuoteKind kind)
        => PolnearReader.Classify(content, [new Span(0, content.Length)]).ShouldBe(kind);

    [Fact]
    public void A_quotation_split_at_its_sentences_is_still_direct_but_separate_pieces_are_judged_alone()
    {
        // PolNeAR train (breitbart, Graham): the annotator split one quotation into its two sentences.
        const string text = "Graham said, \u201CHow many of you believe it? I believe we\u2019re losing.\u201D Then \u201Cno\u201D and more.";
        var q1 = text.IndexOf('\u201C');
        var split = text.IndexOf("I believe", StringComparison.Ordinal);
        var end = text.IndexOf('\u201D') + 1;
        PolnearReader.Classify(text, [new Span(split, end), new Span(q1, split - 1)]).ShouldBe(QuoteKind.Direct);
        // A gap with words in it is no quotation: "Then" is outside the marks.
        var then = text.IndexOf("Then", StringComparison.Ordinal);
        PolnearReader.Classify(text, [new Span(q1, split - 1), new Span(then, then + 4)]).ShouldBe(QuoteKind.Mixed);
    }

    [Theory]
    [InlineData("''We have to look at it,''", QuoteKind.Indirect, QuoteKind.Direct)]
    [InlineData("that concerns were ''overblown''", QuoteKind.Indirect, QuoteKind.Mixed)]
    [InlineData("the voters' choice won't change", QuoteKind.Indirect, QuoteKind.Indirect)]
    public void Paired_apostrophes_count_as_quotation_marks_only_when_asked(string content, QuoteKind plain, QuoteKind marks)
    {
        PolnearReader.Classify(content, [new Span(0, content.Length)]).ShouldBe(plain);
        PolnearReader.Classify(content, [new Span(0, content.Length)], pairedApostrophes: true).ShouldBe(marks);
    }

    [Theory]
    // NYT plain text, the annotated span starting at the second apostrophe of the opening ''.
    [InlineData("He said, ''It is over.''", "'It is over.''", QuoteKind.Mixed, QuoteKind.Direct)]
    // ... ending after the first apostrophe of the closing ''.
    [InlineData("''He can win,'' she said.", "''He can win,'", QuoteKind.Mixed, QuoteKind.Direct)]
    // A closing ''' is a nested single quotation closing with the double one: ' then ".
    [InlineData("''I said, 'No,''' he recalled.", "''I said, 'No,'''", QuoteKind.Mixed, QuoteKind.Direct)]
    // Words outside the marks stay outside: still mixed.
    [InlineData("The plan is ''over,'' he said.", "The plan is ''over,''", QuoteKind.Mixed, QuoteKind.Mixed)]
    public void Apostrophe_edges_read_to_the_end_of_their_run(string text, string annotated, QuoteKind marks, QuoteKind edges)
    {
        var start = text.IndexOf(annotated, StringComparison.Ordinal);
        Span[] content = [new Span(start, start + annotated.Length)];
        PolnearReader.Classify(text, content, pairedApostrophes: true).ShouldBe(marks);
        PolnearReader.Classify(text, content, pairedApostrophes: true, apostropheEdges: true).ShouldBe(edges);
    }

    [Fact]
    public void Real_dev_split_reads_with_spans_inside_text()
    {
        var root = DataSetPaths.Eval("polnear");
        root.ShouldNotBeNull();
        var docs = PolnearReader.Read(root, "dev");
        docs.Count.ShouldBe(84);
        var atts = docs.SelectMany(d => d.Attributions.Select(a => (d, a))).ToList();
        atts.Count.ShouldBeGreaterThan(1500);
        foreach (var (d, a) in atts)
            foreach (var s in a.Content.Concat(a.Source).Concat(a.Cue))
                s.End.ShouldBeLessThanOrEqualTo(d.Text.Length);
        atts.Count(x => x.a.Kind == QuoteKind.Direct).ShouldBeGreaterThan(100);
        atts.Count(x => x.a.Kind == QuoteKind.Indirect).ShouldBeGreaterThan(500);
    }
}

public class NewsQuantReaderTests
{
    [Fact]
    public void Reads_all_sentences_and_parses_every_value()
    {
        var root = DataSetPaths.Eval("newsquant");
        root.ShouldNotBeNull();
        var sentences = NewsQuantReader.Read(Path.Combine(root, "NewsQuant.dev.json"));
        sentences.Count.ShouldBe(295);
        sentences.Sum(s => s.Quantities.Count).ShouldBe(461);
        var range = sentences.SelectMany(s => s.Quantities).First(q => q.Value == "252.0-287.0").ToCqe();
        range.Value.ShouldBe(252);
        range.RangeEnd.ShouldBe(287);
        foreach (var q in sentences.SelectMany(s => s.Quantities)) Should.NotThrow(() => q.ToCqe());
    }
}

public class TempEvalReaderTests
{
    private const string Tml = """
        <?xml version="1.0" ?><TimeML>
        <DOCID>X1</DOCID>
        <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3></DCT>
        <TITLE>Flu</TITLE>
        <TEXT>
        The season <EVENT eid="e3">started</EVENT> about <TIMEX3 tid="t1" type="DURATION" value="P1M">a month</TIMEX3> earlier &amp; ended <TIMEX3 tid="t3" type="DATE" value="2013-03-22">Friday</TIMEX3>.
        </TEXT>
        <TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>
        </TimeML>
        """;

    [Fact]
    public void Strips_tags_and_keeps_exact_timex_offsets()
    {
        var doc = TempEvalReader.ReadDocument(Tml, "x");
        doc.DocId.ShouldBe("X1");
        doc.CreationDate.ShouldBe(new DateOnly(2013, 3, 22));
        doc.Text.ShouldContain("The season started about a month earlier & ended Friday.");
        doc.Timexes.Count.ShouldBe(2);
        doc.Timexes[0].Text.ShouldBe("a month");
        doc.Timexes[0].Value.ShouldBe("P1M");
        doc.Text[doc.Timexes[1].Start..doc.Timexes[1].End].ShouldBe("Friday");
    }

    [Fact]
    public void Real_documents_have_a_dct_and_exact_spans()
    {
        var root = DataSetPaths.Eval("tempeval3");
        root.ShouldNotBeNull();
        var docs = TempEvalReader.ReadFolder(root);
        docs.Count.ShouldBe(10);
        docs.ShouldAllBe(d => d.CreationDate != null);
        foreach (var d in docs)
            foreach (var t in d.Timexes) d.Text[t.Start..t.End].ShouldBe(t.Text);
        docs.Sum(d => d.Timexes.Count).ShouldBeGreaterThan(30);
    }
}

public class ConllReaderTests
{
    [Fact]
    public void Parses_nested_multi_and_single_token_mentions()
    {
        var lines = new[]
        {
            "#begin document (a/1); part 000",
            "a/1\t0\t0\tAirbus\t(x_ORG1| (x_ORG2)",
            "a/1\t0\t1\tparent\t-",
            "a/1\t0\t2\tEADS\t(ORG2)| x_ORG1)",
            "",
            "a/1\t1\t0\tKim\t(PRK Kim-Jong/un",
            "a/1\t1\t1\tJong\tPRK Kim-Jong/un)",
            "a/1\t1\t2\tleft\t(dangling",
            "#end document",
        };
        var reader = new ConllReader(s => s.StartsWith("x_") ? s[2..] : s);
        var doc = reader.Parse(lines).Single();
        doc.Key.ShouldBe("a/1");
        doc.Text.ShouldBe("Airbus parent EADS\nKim Jong left");
        doc.Mentions.Select(m => (m.Chain, m.Text)).ShouldBe(new[]
        {
            ("ORG1", "Airbus parent EADS"), ("ORG2", "Airbus"), ("ORG2", "EADS"), ("PRK Kim-Jong/un", "Kim Jong"),
        });
        reader.UnclosedMentions.ShouldBe(1);
    }

    [Fact]
    public void NewsWcl50_has_five_outlets_per_event()
    {
        var root = DataSetPaths.Eval("newswcl50");
        root.ShouldNotBeNull();
        var docs = NewsWcl50Reader.Read(Path.Combine(root, "NewsWCL50.dev.conll"));
        docs.Count.ShouldBe(25);
        docs.GroupBy(d => d.Event).ShouldAllBe(g => g.Count() == 5);
        foreach (var d in docs)
            foreach (var m in d.Conll.Mentions) d.Conll.Text[m.Start..m.End].ShouldBe(m.Text);
        docs.SelectMany(d => d.Conll.Mentions).Count().ShouldBeGreaterThan(2000);
    }

    [Fact]
    public void Meantime_json_mentions_land_on_their_conll_tokens()
    {
        var root = DataSetPaths.Eval("meantime");
        root.ShouldNotBeNull();
        var docs = MeantimeReader.Read(root);
        docs.Count.ShouldBe(120);
        var mentions = docs.SelectMany(d => d.Mentions).ToList();
        mentions.Count(m => m.Kind == MeantimeMentionKind.Entity).ShouldBe(3033);
        mentions.ShouldAllBe(m => !m.Chain.StartsWith("cross_"));
        // a continuous mention's text is its tokens joined by spaces
        foreach (var d in docs)
            foreach (var m in d.Mentions.Where(m => m.IsContinuous))
                m.Text.ShouldBe(string.Join(' ', m.TokenNumbers.Select(n => d.Conll.TokenAt(m.Sentence, n)!.Text)));
        MeantimeReader.NormalizeChain("cross_intra_ORG1").ShouldBe("ORG1");
        MeantimeReader.NormalizeChain("cross_ORG1").ShouldBe("ORG1");
        MeantimeReader.NormalizeChain("intra_PRO7").ShouldBe("intra_PRO7");
    }
}

public class NewsWcl50ArticlesTests
{
    [Fact]
    public void Tokens_are_joined_with_quotation_marks_attached_as_printed()
    {
        // Invented tokens in the NewsWCL50 CoNLL layout: doc, sentence, token, word; a quotation over two sentences.
        var rows = new[]
        {
            "#begin document 9/-/9_X; part 000",
            "9/-/9_X\t0\t0\tThe\t-", "9/-/9_X\t0\t1\tmayor\t-", "9/-/9_X\t0\t2\tsaid\t-", "9/-/9_X\t0\t3\t,\t-",
            "9/-/9_X\t0\t4\t\"\t-", "9/-/9_X\t0\t5\tWe\t-", "9/-/9_X\t0\t6\twill\t-", "9/-/9_X\t0\t7\twin\t-", "9/-/9_X\t0\t8\t.\t-",
            "9/-/9_X\t1\t0\tWe\t-", "9/-/9_X\t1\t1\tmust\t-", "9/-/9_X\t1\t2\t.\t-", "9/-/9_X\t1\t3\t\"\t-",
            "9/-/9_X\t1\t4\tShe\t-", "9/-/9_X\t1\t5\tleft\t-", "9/-/9_X\t1\t6\t“\t-", "9/-/9_X\t1\t7\tearly\t-", "9/-/9_X\t1\t8\t”\t-", "9/-/9_X\t1\t9\t.\t-",
        };
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, rows);
            var article = Triangulate.Evaluation.Data.NewsWcl50Articles.Read(path).ShouldHaveSingleItem();
            article.Id.ShouldBe("9_X");
            article.Text.ShouldBe("The mayor said, \"We will win.\nWe must.\" She left “early”.");
        }
        finally { File.Delete(path); }
    }
}
