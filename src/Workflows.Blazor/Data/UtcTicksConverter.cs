using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Workflows.Blazor.Data;

/// <summary>Stores a DateTimeOffset as its UTC ticks, so SQL can compare and sort times.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
