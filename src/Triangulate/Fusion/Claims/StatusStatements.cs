using System.Text.RegularExpressions;
using Triangulate.Documents;

namespace Triangulate.Fusion.Claims;

/// <summary>
/// Statements of a party's stance on the story's news: "Russia and North Korea have denied the troop movements"
/// (denied), "Moscow has not confirmed it" (not confirmed), "Washington confirmed ..." (confirmed). The subject is
/// the government or organisation named before the verb in the same clause; each subject gives one status claim.
/// </summary>
internal static partial class StatusStatements
{
    [GeneratedRegex(@"\b(?<neg>(has|have|had|did|does|do)\s+(not|n't|never)(\s+\w+ly){0,2}\s+confirmed|(has|have|had)\s+yet\s+to\s+confirm|declined\s+to\s+confirm|not\s+(yet\s+)?(publicly\s+|formally\s+|officially\s+)?confirmed|refused\s+to\s+confirm|(has|have|had)\s+not\s+(publicly\s+)?(acknowledged|commented))|(?<deny>denied|denies|deny|dismissed|rejected|refuted)|(?<conf>(has|have|had)\s+confirmed|confirmed|acknowledged)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatusVerb();

    [GeneratedRegex(@"\b(previously|earlier|had\s+not|before|first time|so far)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastMarker();

    [GeneratedRegex(@"(;|, while |, but | but |, and | while |\. )", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    /// <summary>What a stance with no matter of its own ends on: "has not confirmed it", "denied this so far".</summary>
    [GeneratedRegex(@"^\s*(it|this|that|them|these|those|so|the\s+(report|reports|claim|claims))\b[\s\w]{0,20}?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PronounObject();

    [GeneratedRegex(@"\b(said|says|told\s+\w+|stated|added|announced)\s+(that\s+)?[""“]?|:\s*[""“]?", RegexOptions.IgnoreCase)]
    private static partial Regex ReportedOpening();

    private static int UnbalancedClose(string s)
    {
        var open = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '“' || (s[i] == '"' && open == 0 && i + 1 < s.Length && char.IsLetter(s[i + 1]))) open++;
            else if (s[i] == '”' || s[i] == '"')
            {
                if (open == 0) return i;
                open--;
            }
        }
        return -1;
    }

    public static IEnumerable<ClaimMention> Find(SourceResolver resolver, AnalyzedArticle doc)
    {
        var text = doc.Text;
        foreach (var s in doc.Sentences)
        {
            if (doc.IsRemoved(s.Start)) continue;
            var sentence = text[s.Start..s.End];
            foreach (Match vm in StatusVerb().Matches(sentence))
            {
                var status = vm.Groups["neg"].Success ? "not confirmed" : vm.Groups["deny"].Success ? "denied" : "confirmed";
                // The verb's clause: back to the previous clause break.
                var clauseStart = 0;
                foreach (Match b in ClauseBreak().Matches(sentence[..vm.Index])) clauseStart = b.Index + b.Length;
                var subjectText = sentence[clauseStart..vm.Index];
                // A status inside a quotation or reported as someone else's ("X said Russia denied") still names its
                // subject right before the verb; a subject further than ~8 words away is not this verb's.
                if (subjectText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 9) continue;
                var subjects = Subjects(resolver, doc, s.Start + clauseStart, s.Start + vm.Index, subjectText).ToList();
                if (subjects.Count == 0) continue;
                var clauseEnd = ClauseBreak().Match(sentence, vm.Index + vm.Length) is { Success: true } e ? e.Index : sentence.Length;
                // The statement starts at the stance's own clause: after "said that" / "told reporters:" when the
                // stance is reported ("NATO said that allies have confirmed ..." states "allies have confirmed ...").
                var statementStart = clauseStart;
                foreach (Match r in ReportedOpening().Matches(sentence[clauseStart..vm.Index])) statementStart = clauseStart + r.Index + r.Length;
                // "Belarus denied organising the crossings, while Russia has not confirmed it": a stance on a pronoun
                // reads only with the clause that names the matter, so the statement starts at that clause (the
                // article's own words, never a rewrite with the antecedent put in).
                if (statementStart == clauseStart && clauseStart > 0 && PronounObject().IsMatch(sentence[(vm.Index + vm.Length)..clauseEnd]))
                {
                    var previous = 0;
                    foreach (Match b in ClauseBreak().Matches(sentence[..Math.Max(0, clauseStart - 1)])) previous = b.Index + b.Length;
                    if (clauseStart - previous > 3) statementStart = previous;
                }
                var clause = sentence[statementStart..clauseEnd].Trim().Trim('"', '“', '”').TrimEnd('.', ',').Trim();
                // A closing quotation mark whose opening one the statement left behind ends it: '... to Russia,"
                // without identifying' goes on in the outlet's words.
                var unbalanced = UnbalancedClose(clause);
                if (unbalanced > 0) clause = clause[..unbalanced].TrimEnd(',', '.', ' ');
                if (clause.Length == 0) continue;
                var historical = status != "denied" && PastMarker().IsMatch(sentence[clauseStart..clauseEnd]);
                foreach (var subject in subjects)
                    yield return new ClaimMention
                    {
                        Doc = doc, Evidence = s.Span, Source = subject, Status = status, Historical = historical,
                        Thing = new HashSet<string>(FusionText.Keys(sentence[(vm.Index + vm.Length)..clauseEnd]), StringComparer.Ordinal),
                        Statement = char.ToUpperInvariant(clause[0]) + clause[1..],
                    };
            }
        }
    }

    private static IEnumerable<ClaimSource> Subjects(SourceResolver resolver, AnalyzedArticle doc, int from, int to, string subjectText)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in doc.Mentions.Where(m => m.Start >= from && m.End <= to).OrderBy(m => m.Start))
        {
            var src = resolver.FromHolder(doc, m.Entity, m.Canonical, m.Span);
            if (seen.Add(src.Key)) yield return src;
        }
        if (seen.Count > 0) yield break;
        // No entity mention: governments named by country, capital or office ("Moscow", "the Kremlin").
        foreach (var w in Regex.Matches(subjectText, @"\b[A-Z][\w.'-]*(\s+[A-Z][\w.'-]*)*").Cast<Match>())
        {
            // "Both Moscow": try the run, then without its leading words.
            var words = w.Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string? gov = null;
            for (var k = 0; k < words.Length && gov is null; k++)
                gov = SourceResolver.GovernmentWithin(string.Join(' ', words[k..]));
            if (gov is null) continue;
            var src = resolver.FromHolder(doc, null, gov, null);
            if (seen.Add(src.Key)) yield return src;
        }
    }
}
