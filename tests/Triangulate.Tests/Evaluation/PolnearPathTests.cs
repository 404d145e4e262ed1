using Triangulate.Evaluation.Sets;

namespace Triangulate.Tests.Evaluation;

public class PolnearPathTests
{
    [Theory]
    [InlineData("dev", null, "dev")]
    [InlineData("train", null, "train")]
    [InlineData("train", "dev", "train")]
    public void A_split_folder_names_its_split(string leaf, string? optionSplit, string expected)
    {
        var root = DataSetPaths.Eval("polnear");
        root.ShouldNotBeNull("../shared/eval/polnear must sit beside the repository");
        var (r, split) = PolnearEvaluation.RootAndSplit(Path.Combine(root!, leaf), optionSplit);
        split.ShouldBe(expected);
        Path.GetFullPath(r).ShouldBe(Path.GetFullPath(root!));
    }

    [Fact]
    public void The_set_folder_takes_the_split_from_the_options()
    {
        var root = DataSetPaths.Eval("polnear");
        root.ShouldNotBeNull("../shared/eval/polnear must sit beside the repository");
        PolnearEvaluation.RootAndSplit(root!, "train").ShouldBe((root!, "train"));
        PolnearEvaluation.RootAndSplit(root!, null).ShouldBe((root!, "dev"));
    }
}
