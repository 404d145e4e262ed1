using Triangulate.Documents;
using Triangulate.Text;

namespace Triangulate.Tests.Fusion;

internal static class FusionTestData
{
    public static string Shared()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx"))) dir = dir.Parent;
        return Path.GetFullPath(Path.Combine(dir!.FullName, "..", "shared"));
    }

    public static AnalyzedArticle Segmented(string id, string text, DateOnly? published = null)
        => new SegmentationStage().Apply(new AnalyzedArticle(new Article { Id = id, Source = id + ".txt", Text = text, Published = published }));

    // Sentences from ECB+ training topic 1 (1_1ecb, 1_3ecb; CC BY 3.0), detokenised.
    public const string WireParagraph =
        "Word comes from People magazine and other celebrity news outlets that Tara Reid, 33, who starred in \"American Pie\" " +
        "and appeared on U.S. TV show \"Scrubs,\" has entered the Promises Treatment Center in Malibu, California - the same " +
        "facility that in the past has been the rehab facility of choice for many a Hollywood star.";
    public const string OtherParagraph =
        "Ketsoyan did not say what Reid is being treated for and no other details were forthcoming. The move comes as a " +
        "surprise to Reunion Pictures' Matthew O'Connor, who coproduced Reid last year on the made-for-TV horror flick Vipers.";
    public const string ThirdParagraph =
        "Tara Reid has seemingly spent the last decade out and about, but her latest destination hits much closer to home. " +
        "The American Pie actress and velvet-rope fixture has checked into Promises Treatment Center in Malibu, according to her publicist.";
}
