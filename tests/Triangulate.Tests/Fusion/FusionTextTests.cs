using Triangulate.Fusion;
using Triangulate.Fusion.Claims;

namespace Triangulate.Tests.Fusion;

public sealed class FusionTextTests
{
    [Fact]
    public void Contractions_expand_so_versions_compare_equal()
    {
        FusionText.Words("What exactly they’re doing?").ShouldBe(FusionText.Words("what exactly they are doing"));
        FusionText.Words("We don't know").ShouldBe(["we", "do", "not", "know"]);
        FusionText.Words("it won't").ShouldBe(["it", "will", "not"]);
    }

    [Fact]
    public void Numbers_keep_their_value()
    {
        FusionText.Words("3,000 troops and 1.2 million").ShouldBe(["3000", "troops", "and", "1.2", "million"]);
    }

    [Theory]
    [InlineData("North Korean troops", "North Korea soldiers")]
    [InlineData("Russian forces", "Russia troops")]
    [InlineData("shipping containers", "containers")]
    public void Counted_things_meet_across_wordings(string a, string b)
    {
        var ka = FusionText.Keys(a).ToHashSet();
        var kb = FusionText.Keys(b).ToHashSet();
        FusionText.Containment(ka, kb).ShouldBeGreaterThanOrEqualTo(0.5);
    }

    [Theory]
    [InlineData("Volodymyr Zelensky", "Volodymyr Zelenskyy")]
    [InlineData("Volodymyr Zelenskiy", "Volodymyr Zelensky")]
    [InlineData("Kim Jong-un", "Kim Jong Un")]
    public void Name_spellings_fold_together(string a, string b) => FusionText.NameKey(a).ShouldBe(FusionText.NameKey(b));

    [Fact]
    public void Different_names_stay_apart() => FusionText.NameKey("Park Sun-won").ShouldNotBe(FusionText.NameKey("Lee Seong-kweun"));

    [Fact]
    public void Weeks_sort_at_their_monday()
    {
        FusionText.SortableDate("2024-W42").ShouldBe("2024-10-14");
        string.CompareOrdinal(FusionText.SortableDate("2024-W42"), "2024-10-23").ShouldBeLessThan(0);
        string.CompareOrdinal("2024-06", FusionText.SortableDate("2024-W42")).ShouldBeLessThan(0);
    }

    [Fact]
    public void Short_ids_are_the_prefix_before_the_underscore()
    {
        FusionText.ShortId("000_968b7a350e860486").ShouldBe("000");
        FusionText.ShortId("reuters-1").ShouldBe("reuters-1");
    }

    [Theory]
    [InlineData("the White House", "United States")]
    [InlineData("Washington", "United States")]
    [InlineData("the U.S.", "United States")]
    [InlineData("The Kremlin", "Russia")]
    [InlineData("Pyongyang", "North Korea")]
    [InlineData("South Korea's presidential office", "South Korea")]
    [InlineData("the office of South Korean President Yoon Suk-yeol", "South Korea")]
    public void Governments_and_their_offices_are_one_source(string name, string country) =>
        (SourceResolver.GovernmentWithin(name) ?? SourceResolver.GovernmentOf(name)).ShouldBe(country);

    [Theory]
    [InlineData("White House National Security Council spokesperson", "United States")]
    [InlineData("National Intelligence Service Director", null)]
    public void Executive_offices_are_found_inside_roles(string role, string? country) =>
        SourceResolver.GovernmentWithin(role).ShouldBe(country);
}
