using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.Core;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Errors;
using NewsLingo.Server.Errors;

namespace NewsLingo.Server.Decoding;

/// <summary>
/// A request marshaller that turns a message Google.Protobuf cannot read into a request the
/// caller can act on: INVALID_ARGUMENT naming each string field that is not UTF-8 (reason
/// INVALID_TEXT), or saying the bytes are no message of the expected type. Without it gRPC
/// answers UNKNOWN "Exception was thrown by handler", and a bulk stream dies on one bad item.
/// </summary>
public static class TolerantRequestMarshaller
{
    /// <summary><paramref name="marshaller"/> with a tolerant deserializer, for protobuf messages; others unchanged.</summary>
    public static Marshaller<T> Wrap<T>(Marshaller<T> marshaller)
        where T : class
    {
        if (!typeof(IMessage).IsAssignableFrom(typeof(T)) ||
            typeof(T).GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is not MessageDescriptor descriptor)
        {
            return marshaller;
        }

        var inner = marshaller.ContextualDeserializer;
        return new Marshaller<T>(marshaller.ContextualSerializer, context =>
        {
            try
            {
                return inner(context);
            }
            catch (InvalidProtocolBufferException exception)
            {
                throw Undecodable(context.PayloadAsReadOnlySequence(), descriptor, exception);
            }
        });
    }

    private static UndecodableRequestException Undecodable(System.Buffers.ReadOnlySequence<byte> payload, MessageDescriptor descriptor, InvalidProtocolBufferException exception)
    {
        if (WireUtf8Repair.TryRepair(payload, descriptor) is { Violations.Count: > 0 } repaired)
        {
            IMessage? message;
            try
            {
                message = descriptor.Parser.ParseFrom(repaired.Bytes);
            }
            catch (InvalidProtocolBufferException)
            {
                message = null;
            }

            var violations = repaired.Violations
                .Select(v => new FieldViolation(v.Field, Reason(ErrorReason.InvalidText), $"The text is not valid UTF-8 (byte 0x{v.Byte:X2} at byte {v.Offset} of the field). Encode text as UTF-8; an unpaired surrogate cannot be encoded."))
                .ToList();
            return new UndecodableRequestException(StatusFactory.FromException(new RequestValidationException(violations)), message);
        }

        var malformed = new FieldViolation(string.Empty, Reason(ErrorReason.InvalidRequest), $"The request is not a well-formed {descriptor.FullName} message ({exception.Message}); send it as the protos in protos/newslingo/v1 define it.");
        return new UndecodableRequestException(StatusFactory.FromException(new RequestValidationException([malformed])), null);
    }

    private static string Reason(ErrorReason reason) => ErrorReasons.NameOf(reason);
}
