using System.Net;
using System.Text;

namespace Triangulate.Rendering.Html;

/// <summary>The page frame shared by the HTML views: one file, inline CSS, no scripts, fonts or images from
/// anywhere, so it can be mailed or archived and still open as it was.</summary>
internal static class HtmlPage
{
    public static string H(string? s) => WebUtility.HtmlEncode(s ?? "");

    public static void Open(StringBuilder html, string title)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(H(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
    }

    public static void Close(StringBuilder html) => html.Append("</body>\n</html>\n");

    private const string Css = """
        :root { --ink:#1d232a; --muted:#66707a; --line:#d9dee3; --accent:#0b5cad; --mark:#fff1a8; --target:#ffc94d; }
        * { box-sizing: border-box; }
        body { margin:0; font:16px/1.5 Georgia, "Times New Roman", serif; color:var(--ink); background:#fafaf7; }
        header, main { max-width: 62rem; margin: 0 auto; padding: 0 1.25rem; }
        header { padding-top: 1.5rem; border-bottom: 3px double var(--line); }
        h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.45rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
        h3 { font: 600 .8rem/1.2 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 1.4rem 0 .4rem; }
        .meta, .note, .counts { font: .85rem/1.4 system-ui, sans-serif; color: var(--muted); }
        ul { padding-left: 1.2rem; margin: .3rem 0; } li { margin: .25rem 0; }
        a { color: var(--accent); }
        a.cite { font: .72rem/1 ui-monospace, Menlo, Consolas, monospace; text-decoration: none; background:#eef3f9;
                 border:1px solid #cdd9e6; border-radius: 3px; padding: 1px 3px; margin-left: 2px; white-space: nowrap; }
        a.cite:hover { background: var(--mark); }
        .figure { font-weight: bold; }
        .count { font: .8rem system-ui, sans-serif; color: var(--muted); }
        .diff { color: #8a3b00; }
        blockquote { margin: .3rem 0; padding-left: .8rem; border-left: 3px solid var(--line); font-style: italic; }
        .article { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; }
        .article > h2:first-child, .article > h3:first-child { margin-top: .2rem; }
        .article > h3:first-child { font: 600 1.1rem/1.3 Georgia, serif; text-transform: none; letter-spacing: 0; color: var(--ink); }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; }
        .removed { color: #9aa1a8; background: repeating-linear-gradient(135deg, #f3f3f3, #f3f3f3 6px, #ececec 6px, #ececec 12px); text-decoration: line-through; text-decoration-color: #c5c9cd; }
        mark { background: var(--mark); padding: 0; border-radius: 2px; }
        mark:target, .anchor:target + mark { background: var(--target); outline: 2px solid #e0a000; }
        mark.mention { background: none; border-bottom: 2px solid #6c9bd2; }
        mark.quote { background: #e8f4e4; }
        mark.quantity { background: #fde2c4; font-weight: bold; }
        mark.time { background: #e7e1f7; }
        mark.cite { background: var(--mark); }
        .legend span { margin-right: .8rem; }
        table { border-collapse: collapse; font: .85rem system-ui, sans-serif; }
        td, th { border-bottom: 1px solid var(--line); padding: .2rem .5rem; text-align: left; vertical-align: top; }
        .errors { color: #a40000; }
        footer { max-width: 62rem; margin: 2rem auto; padding: 0 1.25rem; font: .8rem system-ui, sans-serif; color: var(--muted); }

        """;
}
