using System.Text.Json.Nodes;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Inbox;

/// <summary>Which form values the reviewer changed from the proposed ones, as "label: before → after".</summary>
public static class ApprovalChanges
{
    public static IReadOnlyList<string> Describe(string fieldsJson, string? resultFieldsJson)
    {
        if (resultFieldsJson is null)
        {
            return [];
        }
        var result = JsonStore.Object(resultFieldsJson);
        return ApprovalField.Parse(JsonStore.Array(fieldsJson))
            .Select(field => (field.Label, Before: Text(field.Default), After: Text(result[field.Name])))
            .Where(change => change.Before != change.After)
            .Select(change => $"{change.Label}: {change.Before} → {change.After}")
            .ToList();
    }

    private static string Text(JsonNode? node) => node is null ? "" : JsonText.ToText(node);
}
