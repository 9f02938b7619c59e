using System.Text.Json.Nodes;

namespace NewsLingo.Backends.SemanticKernel.Tests.Emulation;

/// <summary>Answers for translation requests, computed from the segments the request carried.</summary>
public static class ScriptedTranslations
{
    /// <summary>The segments (id, text) the request sent between its &lt;segments&gt; markers.</summary>
    public static IReadOnlyList<(int Id, string Text)> SegmentsOf(ReceivedChatRequest request)
    {
        var user = request.Messages.First(m => m.Role == "user").Content;
        var start = user.IndexOf("<segments>", StringComparison.Ordinal) + "<segments>".Length;
        var end = user.IndexOf("</segments>", StringComparison.Ordinal);
        return [.. JsonNode.Parse(user[start..end])!.AsArray().Select(s => (s!["id"]!.GetValue<int>(), s["text"]!.GetValue<string>()))];
    }

    /// <summary>A well-formed answer whose segment texts are <paramref name="translate"/> of the sent ones.</summary>
    public static ScriptedReply Translate(Func<string, string> translate, int take = int.MaxValue) => ScriptedReply.Answer(r =>
        new JsonObject
        {
            ["segments"] = new JsonArray([.. SegmentsOf(r).Take(take).Select(s => (JsonNode)new JsonObject { ["id"] = s.Id, ["text"] = translate(s.Text) })]),
        }.ToJsonString());

    /// <summary>A mock translation a test can recognise: the source behind an "[en] " mark.</summary>
    public static ScriptedReply Marked() => Translate(text => "[en] " + text);
}
