namespace NewsLingo.Core.Articles.Boilerplate;

/// <summary>The JSON shape of a rule file: <c>{ "language": "fr", "rules": [ … ] }</c>.</summary>
public sealed record BoilerplateRuleFile(string? Language, IReadOnlyList<BoilerplateRule> Rules);
