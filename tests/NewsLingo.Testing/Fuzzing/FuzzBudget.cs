namespace NewsLingo.Testing.Fuzzing;

/// <summary>
/// How long the fuzzing suite runs. In CI each property samples its own fixed number of cases (the
/// suite stays within about three minutes on a 2-core machine); <c>NEWSLINGO_FUZZ_SCALE=50</c> runs
/// fifty times as many, for a long local search. A failure prints the seed CsCheck started the
/// failing case from; <c>CsCheck_Seed=&lt;seed&gt;</c> in the environment replays exactly that case.
/// </summary>
public static class FuzzBudget
{
    public const string ScaleVariable = "NEWSLINGO_FUZZ_SCALE";

    /// <summary>A folder where each failing case's page is written, to open it or replay it by hand.</summary>
    public const string DumpVariable = "NEWSLINGO_FUZZ_DUMP";

    /// <summary>How to replay a failure, printed with it.</summary>
    public const string HowToReplay =
        "Replay it with the seed CsCheck printed above: CsCheck_Seed=<seed> dotnet test <project> -c Release --filter <test>. "
        + "Search longer with " + ScaleVariable + "=50; " + DumpVariable + "=<folder> writes each failing page there.";

    public static long Iterations(int inCi)
    {
        var scale = int.TryParse(Environment.GetEnvironmentVariable(ScaleVariable), out var s) && s > 0 ? s : 1;
        return (long)inCi * scale;
    }

    /// <summary>Runs <paramref name="check"/> on the page; when it fails and <see cref="DumpVariable"/> names a folder, the page is written there first.</summary>
    public static void Checked(FuzzPage page, Action<FuzzPage> check)
    {
        try
        {
            check(page);
        }
        catch when (Environment.GetEnvironmentVariable(DumpVariable) is { Length: > 0 } folder && Dump(folder, page))
        {
            throw;
        }
    }

    private static bool Dump(string folder, FuzzPage page)
    {
        Directory.CreateDirectory(folder);
        var name = $"case-{(uint)page.Html.GetHashCode():x8}";
        File.WriteAllText(Path.Combine(folder, name + ".html"), page.Html);
        File.WriteAllText(Path.Combine(folder, name + ".txt"), page.Recipe);
        return false;
    }
}
