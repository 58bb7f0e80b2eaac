using System.Text.Json.Serialization;

namespace Workflows.Blazor.Kernel;

/// <summary>Writes and reads a status enum as its <see cref="StatusNames"/> word, whatever the serializer's options.</summary>
public sealed class StatusJsonConverter<TStatus>() : JsonStringEnumConverter<TStatus>(StatusNames.Policy, allowIntegerValues: false)
    where TStatus : struct, Enum;
