using Google.Protobuf;
using Google.Protobuf.Reflection;
using NewsLingo.Contracts.V1;

namespace NewsLingo.Bench.InputSize;

/// <summary>A ProcessArticles stream: the same article <see cref="Count"/> times (a message only so entries share one shape).</summary>
internal sealed record Feed(int Count, ProcessArticleRequest Article) : IMessage
{
    public MessageDescriptor Descriptor => ProcessArticleRequest.Descriptor;

    public int CalculateSize() => Count * Article.CalculateSize();

    public void MergeFrom(CodedInputStream input) => throw new NotSupportedException();

    public void WriteTo(CodedOutputStream output) => throw new NotSupportedException();
}
