namespace NewsLingo.Backends.SemanticKernel.Tests.Emulation;

/// <summary>One message of a received chat request, its content flattened to text.</summary>
public sealed record ChatMessage(string Role, string Content);
