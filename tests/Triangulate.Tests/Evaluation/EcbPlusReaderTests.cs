using Triangulate.Evaluation.Data;

namespace Triangulate.Tests.Evaluation;

public class EcbPlusReaderTests
{
    private const string Xml = """
        <Document doc_name="9_1ecbplus.xml" doc_id="D1">
        <token t_id="1" sentence="0" number="0">http</token>
        <token t_id="2" sentence="1" number="0">Lindsay</token>
        <token t_id="3" sentence="1" number="1">Lohan</token>
        <token t_id="4" sentence="1" number="2">checks</token>
        <token t_id="5" sentence="1" number="3">into</token>
        <token t_id="6" sentence="1" number="4">rehab</token>
        <token t_id="7" sentence="2" number="0">She</token>
        <token t_id="8" sentence="2" number="1">&amp;</token>
        <token t_id="9" sentence="2" number="2">left</token>
        <Markables>
        <HUMAN_PART_PER m_id="10"  >
          <token_anchor t_id="2"/>
          <token_anchor t_id="3"/>
        </HUMAN_PART_PER>
        <ACTION_OCCURRENCE m_id="11"  >
          <token_anchor t_id="4"/>
        </ACTION_OCCURRENCE>
        <HUMAN_PART_PER m_id="12"  >
          <token_anchor t_id="7"/>
        </HUMAN_PART_PER>
        <ACTION_OCCURRENCE m_id="13"  >
          <token_anchor t_id="9"/>
        </ACTION_OCCURRENCE>
        <HUMAN_PART_PER m_id="20" RELATED_TO="" TAG_DESCRIPTOR="t9_lohan" instance_id="HUM1" />
        </Markables>
        <Relations>
        <CROSS_DOC_COREF r_id="1" note="HUM1" >
          <source m_id="10" />
          <source m_id="12" />
          <target m_id="20" />
        </CROSS_DOC_COREF>
        </Relations>
        </Document>
        """;

    [Fact]
    public void Reconstructs_text_with_exact_token_offsets()
    {
        var doc = EcbPlusReader.ReadDocument(Xml, "9_1ecbplus", 9, new HashSet<int> { 1 });
        doc.Text.ShouldBe("http\nLindsay Lohan checks into rehab\nShe & left");
        doc.Tokens.Count.ShouldBe(9);
        foreach (var t in doc.Tokens) doc.Text[t.Start..t.End].ShouldBe(t.Text);
        doc.SubTopic.ShouldBe("9ecbplus");
        doc.IsUrlSentence(0).ShouldBeTrue();
        doc.IsSentenceAnnotated(1).ShouldBeTrue();
        doc.IsSentenceAnnotated(2).ShouldBeFalse();
    }

    [Fact]
    public void Mentions_carry_spans_kinds_and_clusters()
    {
        var doc = EcbPlusReader.ReadDocument(Xml, "9_1ecbplus", 9, new HashSet<int> { 1 });
        doc.Mentions.Count.ShouldBe(4);
        var lohan = doc.Mentions[0];
        lohan.Text.ShouldBe("Lindsay Lohan");
        lohan.TokenIds.ShouldBe([2, 3]);
        lohan.Kind.ShouldBe(EcbMentionKind.Entity);
        lohan.Cluster.ShouldBe("HUM1");
        doc.Mentions[2].Text.ShouldBe("She");
        doc.Mentions[2].Cluster.ShouldBe("HUM1");
        doc.Mentions[1].Kind.ShouldBe(EcbMentionKind.Event);
        doc.Mentions[1].IsSingleton.ShouldBeTrue();
        doc.Mentions[1].Cluster.ShouldBe("SINGLETON_9_1ecbplus_11");
    }

    [Fact]
    public void Real_corpus_offsets_are_exact_and_split_is_standard()
    {
        var root = DataSetPaths.Eval("ecbplus");
        root.ShouldNotBeNull("the data sets are expected at ../shared/eval");
        var corpus = EcbPlusReader.Read(root, t => t is 1 or 2);
        corpus.Documents.ShouldNotBeEmpty();
        foreach (var d in corpus.Documents)
        {
            foreach (var t in d.Tokens) d.Text[t.Start..t.End].ShouldBe(t.Text);
            foreach (var m in d.Mentions) d.Text[m.Start..m.End].ShouldBe(m.Text);
        }
        corpus.Dev.ShouldAllBe(d => d.Topic == 2);
        corpus.Train.ShouldAllBe(d => d.Topic == 1);
        corpus.Documents.SelectMany(d => d.Mentions).Count(m => !m.IsSingleton).ShouldBeGreaterThan(100);
        corpus.Documents.Select(d => d.SubTopic).Distinct().Count().ShouldBe(4);
    }
}
