using BenchmarkDotNet.Running;
using NewsLingo.Bench;

// Runs every benchmark class of this assembly; pass BenchmarkDotNet's own arguments, e.g.
// dotnet run -c Release --project bench/NewsLingo.Bench -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(BenchHost).Assembly).Run(args);
