using NewsLingo.Cli;

return await CliApplication.RunAsync(args, CliEnvironment.FromConsole());
