namespace Triangulate.Evaluation.Scoring;

/// <summary>Kuhn–Munkres (Hungarian) assignment maximising total weight, O(n²m) for an n×m matrix with n ≤ m.
/// Used by CEAF, which needs the optimal one-to-one alignment of key and response entities.</summary>
public static class Hungarian
{
    /// <summary>Returns, for each row, the assigned column (every row is assigned when rows ≤ columns; with more
    /// rows than columns the matrix is transposed internally and unassigned rows get -1).</summary>
    public static int[] MaximumWeightAssignment(double[,] weights)
    {
        int rows = weights.GetLength(0), cols = weights.GetLength(1);
        if (rows == 0) return [];
        if (cols == 0) return Enumerable.Repeat(-1, rows).ToArray();
        if (rows > cols)
        {
            var t = new double[cols, rows];
            for (var i = 0; i < rows; i++) for (var j = 0; j < cols; j++) t[j, i] = weights[i, j];
            var colToRow = MaximumWeightAssignment(t);
            var result = Enumerable.Repeat(-1, rows).ToArray();
            for (var j = 0; j < cols; j++) if (colToRow[j] >= 0) result[colToRow[j]] = j;
            return result;
        }

        // Classic potentials formulation (1-based, minimising cost = -weight).
        int n = rows, m = cols;
        var u = new double[n + 1];
        var v = new double[m + 1];
        var p = new int[m + 1];
        var way = new int[m + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            var minv = new double[m + 1];
            var used = new bool[m + 1];
            Array.Fill(minv, double.PositiveInfinity);
            do
            {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                var delta = double.PositiveInfinity;
                for (var j = 1; j <= m; j++)
                {
                    if (used[j]) continue;
                    var cur = -weights[i0 - 1, j - 1] - u[i0] - v[j];
                    if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
                    if (minv[j] < delta) { delta = minv[j]; j1 = j; }
                }
                for (var j = 0; j <= m; j++)
                {
                    if (used[j]) { u[p[j]] += delta; v[j] -= delta; }
                    else minv[j] -= delta;
                }
                j0 = j1;
            } while (p[j0] != 0);
            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        var assignment = Enumerable.Repeat(-1, n).ToArray();
        for (var j = 1; j <= m; j++) if (p[j] != 0) assignment[p[j] - 1] = j - 1;
        return assignment;
    }
}
