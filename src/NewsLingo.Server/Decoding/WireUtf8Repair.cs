using System.Buffers;
using System.Text;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace NewsLingo.Server.Decoding;

/// <summary>
/// Walks a message's protobuf wire bytes with its descriptor and rewrites every string field that
/// is not UTF-8 with replacement characters, noting where it was. Google.Protobuf refuses such a
/// message whole; repaired, it parses, so the request can be refused field by field, and a bulk
/// stream can answer the one bad article with its own request_id and go on.
/// </summary>
public static class WireUtf8Repair
{
    private const int MaxDepth = 32;

    /// <summary>The repaired bytes and what was wrong, or null when the bytes are not a well-formed message at all.</summary>
    public static (byte[] Bytes, IReadOnlyList<Utf8Violation> Violations)? TryRepair(ReadOnlySequence<byte> payload, MessageDescriptor descriptor)
    {
        var violations = new List<Utf8Violation>();
        try
        {
            var repaired = Repair(payload.ToArray(), descriptor, prefix: string.Empty, violations, depth: 0);
            return (repaired, violations);
        }
        catch (Exception exception) when (exception is InvalidProtocolBufferException or MalformedException)
        {
            return null;
        }
    }

    private static byte[] Repair(byte[] bytes, MessageDescriptor descriptor, string prefix, List<Utf8Violation> violations, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new MalformedException();
        }

        var input = new CodedInputStream(bytes);
        using var buffer = new MemoryStream(bytes.Length);
        var output = new CodedOutputStream(buffer);
        var seen = new Dictionary<int, int>();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            var number = WireFormat.GetTagFieldNumber(tag);
            var field = descriptor.FindFieldByNumber(number);
            output.WriteTag(tag);
            switch (WireFormat.GetTagWireType(tag))
            {
                case WireFormat.WireType.Varint:
                    output.WriteUInt64(input.ReadUInt64());
                    break;
                case WireFormat.WireType.Fixed32:
                    output.WriteFixed32(input.ReadFixed32());
                    break;
                case WireFormat.WireType.Fixed64:
                    output.WriteFixed64(input.ReadFixed64());
                    break;
                case WireFormat.WireType.LengthDelimited:
                    var value = input.ReadBytes().ToByteArray();
                    output.WriteBytes(ByteString.CopyFrom(field switch
                    {
                        { FieldType: FieldType.String } => RepairString(value, PathOf(field, prefix, seen), violations),
                        { FieldType: FieldType.Message } => Repair(value, field.MessageType, PathOf(field, prefix, seen) + ".", violations, depth + 1),
                        _ => value,
                    }));
                    break;
                default:
                    // Groups are not used by any proto3 message; anything else is not protobuf.
                    throw new MalformedException();
            }
        }

        output.Flush();
        return buffer.ToArray();
    }

    private static string PathOf(FieldDescriptor field, string prefix, Dictionary<int, int> seen)
    {
        if (!field.IsRepeated)
        {
            return prefix + field.Name;
        }

        var index = seen.GetValueOrDefault(field.FieldNumber);
        seen[field.FieldNumber] = index + 1;
        return $"{prefix}{field.Name}[{index}]";
    }

    private static byte[] RepairString(byte[] value, string path, List<Utf8Violation> violations)
    {
        if (System.Text.Unicode.Utf8.IsValid(value))
        {
            return value;
        }

        var chars = new char[value.Length];
        System.Text.Unicode.Utf8.ToUtf16(value, chars, out var validBytes, out _, replaceInvalidSequences: false);
        violations.Add(new Utf8Violation(path, validBytes, value[validBytes]));
        return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(value));
    }

    /// <summary>Bytes this walker will not read (Google.Protobuf's own exception cannot be made outside it).</summary>
    private sealed class MalformedException : Exception;
}
