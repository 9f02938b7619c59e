using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using NewsLingo.Cli.Commands;

namespace NewsLingo.Cli;

/// <summary>The newslingo command tree, runnable with any streams and HTTP handler (the tests run it in-process).</summary>
public static class CliApplication
{
    public static RootCommand BuildRootCommand(CliEnvironment environment)
    {
        var global = new GlobalOptions();
        var root = new RootCommand("newslingo: translate and summarize news articles with a NewsLingo server.");
        global.AddTo(root);
        root.Add(ArticleCommand.Create(global, environment));
        root.Add(TranslateCommand.Create(global, environment));
        root.Add(SummarizeCommand.Create(global, environment));
        root.Add(DetectCommand.Create(global, environment));
        root.Add(LanguagesCommand.Create(global, environment));
        root.Add(HealthCommand.Create(global, environment));
        root.Add(CorrectCommand.Create(global, environment));
        root.Add(MemoryCommand.Create(global, environment));

        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is HelpAction standard)
        {
            help.Action = new ExitCodeHelpAction(standard);
        }

        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var root = BuildRootCommand(environment);
        var configuration = new InvocationConfiguration
        {
            Output = environment.Out,
            Error = environment.Error,
            // Failures are reported by CommandRunner with their exit codes; anything else is a bug and should show its stack.
            EnableDefaultExceptionHandler = false,
        };
        var parseResult = root.Parse(args);
        var parseError = parseResult.Action as ParseErrorAction;
        if (parseError is not null)
        {
            // The error and a pointer to --help read better in a terminal than the whole help text.
            parseError.ShowHelp = false;
        }

        var exitCode = await parseResult.InvokeAsync(configuration, cancellationToken);
        if (parseError is not null)
        {
            environment.Error.WriteLine("Run 'newslingo --help' or 'newslingo COMMAND --help' for usage.");
            return ExitCodes.UsageError;
        }

        return exitCode;
    }
}
