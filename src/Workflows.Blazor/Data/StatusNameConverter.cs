using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Workflows.Blazor.Data;

/// <summary>Stores a status enum as its <see cref="StatusNames"/> word ("changes_requested"), the text the API and workflows read.</summary>
public sealed class StatusNameConverter<TStatus>() : ValueConverter<TStatus, string>(
    status => StatusNames.Of(status),
    text => StatusNames.Parse<TStatus>(text))
    where TStatus : struct, Enum;
