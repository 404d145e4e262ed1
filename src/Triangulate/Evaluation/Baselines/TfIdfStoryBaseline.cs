namespace Triangulate.Evaluation.Baselines;

/// <summary>
/// Story clustering baseline: documents as sublinear TF-IDF vectors (1 + ln tf, idf = ln(N / df) over the documents
/// being clustered; lower-cased letter/digit words of two or more characters, minus a short stop list), joined by
/// single link whenever their cosine similarity is at least the threshold. The threshold is chosen on the TRAIN
/// topics by <see cref="TuneThreshold"/> and applied unchanged to dev.
/// </summary>
public static class TfIdfStoryBaseline
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "the","a","an","and","or","but","of","to","in","on","at","for","with","by","from","as","is","was","are","were","be",
        "been","has","have","had","it","its","he","she","they","them","his","her","their","this","that","these","those",
        "who","which","what","when","where","said","says","will","would","could","can","not","no","after","before","over",
        "into","about","up","out","than","then","also","more","one","two","all","we","you","i","our","your","my","there",
        "if","so","do","did","just","new","s","t","while","being","some","any","other","such",
    };

    /// <summary>A unit-length sparse vector: term ids ascending, with their weights.</summary>
    public sealed record SparseVector(int[] Terms, double[] Weights);

    public static IReadOnlyList<SparseVector> Vectors(IReadOnlyList<string> texts)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var tfs = texts.Select(t =>
        {
            var tf = new Dictionary<int, int>();
            foreach (var w in Words(t))
            {
                if (!ids.TryGetValue(w, out var id)) ids[w] = id = ids.Count;
                tf[id] = tf.GetValueOrDefault(id) + 1;
            }
            return tf;
        }).ToList();
        var df = new int[ids.Count];
        foreach (var tf in tfs) foreach (var id in tf.Keys) df[id]++;
        var n = texts.Count;
        return tfs.Select(tf =>
        {
            var entries = tf.Select(kv => (Id: kv.Key, W: (1 + Math.Log(kv.Value)) * Math.Log((double)n / df[kv.Key])))
                .Where(e => e.W > 0).OrderBy(e => e.Id).ToArray();
            var norm = Math.Sqrt(entries.Sum(e => e.W * e.W));
            return new SparseVector(entries.Select(e => e.Id).ToArray(), entries.Select(e => norm > 0 ? e.W / norm : 0).ToArray());
        }).ToList();
    }

    public static double Cosine(SparseVector a, SparseVector b)
    {
        double dot = 0;
        int i = 0, j = 0;
        while (i < a.Terms.Length && j < b.Terms.Length)
        {
            var c = a.Terms[i].CompareTo(b.Terms[j]);
            if (c == 0) dot += a.Weights[i++] * b.Weights[j++];
            else if (c < 0) i++;
            else j++;
        }
        return dot;
    }

    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                var w = text[start..i].ToLowerInvariant();
                if (w.Length >= 2 && !Stop.Contains(w)) yield return w;
                start = -1;
            }
        }
    }

    public static double[,] Similarities(IReadOnlyList<SparseVector> vectors)
    {
        var n = vectors.Count;
        var sim = new double[n, n];
        Parallel.For(0, n, i =>
        {
            for (var j = i + 1; j < n; j++) sim[i, j] = Cosine(vectors[i], vectors[j]);
        });
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++) sim[j, i] = sim[i, j];
        return sim;
    }

    /// <summary>Single-link clusters: label per document (the smallest index in its cluster).</summary>
    public static int[] SingleLink(double[,] sim, double threshold)
    {
        var n = sim.GetLength(0);
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int x) { while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; }
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
                if (sim[i, j] >= threshold)
                {
                    var a = Find(i); var b = Find(j);
                    if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
                }
        return Enumerable.Range(0, n).Select(Find).ToArray();
    }

    /// <summary>The threshold in [0.02, 0.80] (steps of 0.01) with the best pairwise F1 on the given (training) documents.</summary>
    public static double TuneThreshold(IReadOnlyList<string> texts, IReadOnlyList<string> goldLabels)
    {
        var sim = Similarities(Vectors(texts));
        var gold = Enumerable.Range(0, texts.Count).ToDictionary(i => i, i => goldLabels[i]);
        var best = (F1: -1.0, T: 0.0);
        for (var step = 2; step <= 80; step++)
        {
            var t = step / 100.0;
            var labels = SingleLink(sim, t);
            var f1 = Scoring.ClusteringScoring.Score(gold, Enumerable.Range(0, texts.Count).ToDictionary(i => i, i => labels[i])).Pairwise.F1;
            if (f1 > best.F1) best = (f1, t);
        }
        return best.T;
    }

    public static int[] Cluster(IReadOnlyList<string> texts, double threshold) => SingleLink(Similarities(Vectors(texts)), threshold);
}
