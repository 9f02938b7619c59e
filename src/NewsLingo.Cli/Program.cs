namespace NewsLingo.Cli;

// A named, namespaced entry point rather than top-level statements: the test project references this
// assembly and the server's, and two global Program types would collide there.
internal static class Program
{
    public static Task<int> Main(string[] args) => CliApplication.RunAsync(args, CliEnvironment.FromConsole());
}
