using System.Text;

namespace Workflows.Blazor.Tests.Support;

/// <summary>
/// Workflow documents as long as an attacker likes: a trigger and a straight line of bare action steps with upper-case
/// base-36 slugs, as compact as the format allows (30,000 steps fit the 2 MB a workflow document may have).
/// </summary>
internal static class LongChainJson
{
    /// <summary>A trigger and <paramref name="count"/> action steps in a line; with <paramref name="backToFirst"/> the last leads back to the first.</summary>
    public static string Linear(int count, bool backToFirst = false)
    {
        var json = new StringBuilder($$$"""{"name":"Chain of {{{count}}}","steps":[{"stepSlug":"start","stepType":"trigger","config":{"type":"manual"},"nextSteps":{"success":"0"}}""");
        for (var i = 0; i < count; i++)
        {
            var next = i + 1 < count ? Slug(i + 1) : backToFirst ? Slug(0) : "end";
            json.Append($$$""",{"stepSlug":"{{{Slug(i)}}}","stepType":"action","nextSteps":{"success":"{{{next}}}"}}""");
        }
        return json.Append("]}").ToString();
    }

    private static string Slug(int index)
    {
        var digits = new StringBuilder();
        do
        {
            digits.Insert(0, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index % 36]);
            index /= 36;
        }
        while (index > 0);
        return digits.ToString();
    }
}
