using System.Globalization;

namespace Triangulate.Store;

/// <summary>Stored story ids are "s" and a sequence number that is never reused.</summary>
public static class StoryIds
{
    /// <summary>The number of "s12" (12), for ordering s1, s2, ..., s10; int.MaxValue for any other id.</summary>
    public static int Seq(string storyId)
        => storyId.Length > 1 && int.TryParse(storyId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
}
