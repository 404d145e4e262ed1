using Triangulate.Fusion.Entities;

namespace Triangulate.Tests.Fusion;

public class NameKeyTests
{
    [Theory]
    [InlineData("Zelensky", "Zelenskyy")]
    [InlineData("Zelenskiy", "Zelenskyy")]
    [InlineData("Kim Jong-un", "Kim Jong Un")]
    [InlineData("Kim Jongun", "Kim Jong Un")]
    [InlineData("Mr. Cho Tae-yong", "Cho Tae Yong")]
    [InlineData("Muammar Gaddafi", "Muammar Qaddafi")]
    [InlineData("Lindsay Lohan's", "LINDSAY LOHAN")]
    public void Spelling_and_romanisation_variants_share_a_skeleton(string a, string b)
        => NameKey.Skeleton(a).ShouldBe(NameKey.Skeleton(b));

    [Theory]
    [InlineData("North Korea", "South Korea")]
    [InlineData("Kim Jong Un", "Kim Jong Il")]
    [InlineData("Park Sun-won", "Park Jie-won")]
    [InlineData("Kim Jong Un", "North Korea")]
    public void Different_names_stay_different(string a, string b)
        => NameKey.Skeleton(a).ShouldNotBe(NameKey.Skeleton(b));

    [Theory]
    [InlineData("NIS", "National Intelligence Service", true)]
    [InlineData("DPRK", "Democratic People's Republic of Korea", true)]
    [InlineData("FBI", "Federal Bureau of Investigation", true)]
    [InlineData("NIS", "North Korea", false)]
    [InlineData("UN", "Kim Jong Un", false)]
    public void Acronyms_spell_initials(string acronym, string name, bool expected)
        => NameKey.IsAcronymOf(acronym, name).ShouldBe(expected);
}
