using BenchmarkDotNet.Running;
using Triangulate.Benchmarks;

// `clean-report PATH...` prints what the cleaning stage removes from each input (for inspecting held-out text);
// anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "clean-profile")
{
    CleaningReport.Profile(args[1..]);
    return;
}
if (args.Length > 0 && args[0] == "clean-report")
{
    CleaningReport.Run(args[1..]);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
