using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Triangulate.Ingest;

/// <summary>
/// Readability-style main-text extraction. Every paragraph-like block scores its ancestors by how much running
/// text it holds (length, commas); containers are then weighted by tag (&lt;article&gt;, &lt;main&gt;) and by
/// class/id hints (article, story, body vs. nav, footer, comment, share, related, promo), and discounted by link
/// density. The best container and its strong siblings give the paragraphs, in document order.
/// </summary>
public static partial class MainTextExtractor
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    { "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "nav", "footer", "aside", "figure",
      "figcaption", "select", "input", "textarea", "object", "embed", "video", "audio", "canvas", "dialog", "menu", "h1" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    { "p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd" };

    private static readonly HashSet<string> BlockContainers = new(StringComparer.OrdinalIgnoreCase)
    { "div", "section", "article", "main", "ul", "ol", "table", "tbody", "tr", "p", "blockquote", "pre", "h2", "h3", "h4", "h5", "h6", "dl", "header" };

    public static IReadOnlyList<string> Extract(IDocument document)
    {
        var body = document.Body;
        if (body is null) return [];
        foreach (var e in body.QuerySelectorAll("*").ToList())
        {
            if (e.Parent is null) continue; // already removed with an ancestor
            if (Dropped.Contains(e.LocalName) || IsHidden(e) || (Unlikely(e) && !MaybeContent(e)))
                e.Remove();
        }

        var scores = new Dictionary<IElement, double>();
        foreach (var e in body.QuerySelectorAll("p, pre, td, blockquote, div, section, li"))
        {
            if (e.LocalName is "div" or "section" or "li" && e.Children.Any(c => BlockContainers.Contains(c.LocalName))) continue;
            var text = Normalize(e.TextContent);
            if (text.Length < 25) continue;
            var score = 1 + text.Count(c => c == ',') + Math.Min(text.Length / 100, 3);
            var level = 0;
            for (var a = e.ParentElement; a is not null && level < 3; a = a.ParentElement, level++)
            {
                if (!scores.ContainsKey(a)) scores[a] = InitialScore(a);
                scores[a] += score / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
            }
        }
        if (scores.Count == 0) return Paragraphs(body);

        IElement? top = null; var best = double.MinValue;
        foreach (var (e, s) in scores)
        {
            var final = s * (1 - LinkDensity(e));
            scores[e] = final;
            if (final > best) { best = final; top = e; }
        }

        // Siblings of the best container that also read like article text (split article bodies).
        var chosen = new List<IElement>();
        var threshold = Math.Max(10, best * 0.2);
        foreach (var sibling in top!.ParentElement?.Children.ToArray() ?? [top])
        {
            if (sibling == top || (scores.TryGetValue(sibling, out var s) && s >= threshold))
                chosen.Add(sibling);
            else if (sibling.LocalName == "p")
            {
                var t = Normalize(sibling.TextContent);
                if (t.Length > 80 && LinkDensity(sibling) < 0.25 && t.Contains(". ")) chosen.Add(sibling);
            }
        }
        var result = new List<string>();
        foreach (var c in chosen) result.AddRange(Paragraphs(c));
        return result.Count > 0 ? result : Paragraphs(body);
    }

    /// <summary>The paragraphs below <paramref name="root"/>: each block element (or text-only div) as one
    /// whitespace-normalised paragraph, skipping link lists.</summary>
    private static List<string> Paragraphs(IElement root)
    {
        var list = new List<string>();
        Walk(root, list);
        return list;
    }

    private static void Walk(IElement e, List<string> list)
    {
        var isBlock = Blocks.Contains(e.LocalName) ||
                      (e.LocalName is "div" or "section" or "article" or "main" && !e.Children.Any(c => BlockContainers.Contains(c.LocalName) || Blocks.Contains(c.LocalName)));
        if (isBlock && !(e.LocalName == "li" && e.Children.Any(c => Blocks.Contains(c.LocalName) || c.LocalName is "ul" or "ol")))
        {
            var text = BlockText(e);
            if (text.Length > 0 && (LinkDensity(e) < 0.5 || text.Length > 200)) list.Add(text);
            return;
        }
        // Text directly inside a container (between its child blocks) is a paragraph of its own.
        var pending = new StringBuilder();
        foreach (var node in e.ChildNodes)
        {
            if (node is IElement child && (Blocks.Contains(child.LocalName) || BlockContainers.Contains(child.LocalName)))
            {
                Flush(pending, list);
                Walk(child, list);
            }
            else pending.Append(node.TextContent);
        }
        Flush(pending, list);
    }

    private static void Flush(StringBuilder pending, List<string> list)
    {
        var t = Normalize(pending.ToString());
        if (t.Length >= 25 || (t.Length > 0 && t[^1] is '.' or '?' or '!' or '"' or '”')) list.Add(t);
        pending.Clear();
    }

    /// <summary>A block's text; &lt;br&gt; inside a paragraph keeps a line break so verse and addresses survive.</summary>
    private static string BlockText(IElement e)
    {
        if (e.QuerySelector("br") is null) return Normalize(e.TextContent);
        var sb = new StringBuilder();
        void Add(INode n)
        {
            if (n is IElement { LocalName: "br" }) sb.Append('\n');
            else if (n.NodeType == NodeType.Text) sb.Append(n.TextContent);
            else foreach (var c in n.ChildNodes) Add(c);
        }
        Add(e);
        return string.Join('\n', sb.ToString().Split('\n').Select(Normalize).Where(l => l.Length > 0));
    }

    private static double InitialScore(IElement e)
    {
        var s = e.LocalName switch
        {
            "article" => 25, "main" => 15, "div" => 5, "section" => 3, "pre" or "td" or "blockquote" => 3,
            "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h2" or "h3" or "h4" or "h5" or "h6" or "th" or "header" or "address" => -5,
            _ => 0,
        };
        return s + ClassWeight(e);
    }

    private static double ClassWeight(IElement e)
    {
        var hint = (e.ClassName ?? "") + " " + (e.Id ?? "") + " " + (e.GetAttribute("itemprop") ?? "");
        double w = 0;
        if (Negative().IsMatch(hint)) w -= 25;
        if (Positive().IsMatch(hint)) w += 25;
        return w;
    }

    private static bool Unlikely(IElement e)
    {
        if (e.LocalName is "body" or "article" or "main" or "a") return false;
        var hint = (e.ClassName ?? "") + " " + (e.Id ?? "") + " " + (e.GetAttribute("role") ?? "");
        return hint.Length > 1 && UnlikelyHint().IsMatch(hint);
    }

    private static bool MaybeContent(IElement e)
    {
        var hint = (e.ClassName ?? "") + " " + (e.Id ?? "");
        return MaybeHint().IsMatch(hint) && Normalize(e.TextContent).Length > 500;
    }

    private static bool IsHidden(IElement e)
        => e.HasAttribute("hidden") || (e.GetAttribute("aria-hidden") == "true" && e.LocalName != "span") ||
           (e.GetAttribute("style") is { } st && HiddenStyle().IsMatch(st));

    private static double LinkDensity(IElement e)
    {
        var total = e.TextContent.Length;
        if (total == 0) return 0;
        var links = e.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
        return Math.Min(1, (double)links / total);
    }

    internal static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"-ad-|\bad\b|ads\b|advert|banner|breadcrumb|combx|comment|community|cookie|consent|disqus|footer|gdpr|masthead|menu|modal|newsletter|outbrain|taboola|pagination|pager|popup|promo|recirc|related|remark|replies|rss|share|sharing|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|supplemental|navigation|\bnav\b|navbar|toolbar|signup|paywall|most-read|trending|tags?\b|byline|caption|credit",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnlikelyHint();

    [GeneratedRegex(@"and|article|body|column|content|main|story|entry|post|text", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeHint();

    [GeneratedRegex(@"comment|meta|footer|footnote|nav|share|social|sidebar|aside|related|promo|advert|sponsor|subscribe|newsletter|widget|caption|credit|byline|author",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"article|body|content|entry|main|page|post|text|blog|story", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();
}
