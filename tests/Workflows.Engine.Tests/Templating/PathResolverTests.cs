using Workflows.Engine.Templating;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Templating;

public sealed class PathResolverTests
{
    private static readonly JsonScope Scope = JsonScope.Parse("""
        {
          "input": { "customerId": "cust_456", "x": 1 },
          "steps": { "get_customer": { "output": { "email": "john@example.com", "profile": { "address": { "city": "Oslo" } } }, "error": null } },
          "products": [ { "name": "Lamp" }, { "name": "Desk" } ],
          "customer": { "tags": ["vip", "newsletter"], "name": "Ada" }
        }
        """);

    [Theory]
    [InlineData("input.customerId", "\"cust_456\"")]
    [InlineData("steps.get_customer.output.email", "\"john@example.com\"")]
    [InlineData("steps.get_customer.output.profile.address.city", "\"Oslo\"")]
    [InlineData("products[0].name", "\"Lamp\"")]
    [InlineData("products[1].name", "\"Desk\"")]
    [InlineData("customer.tags[0]", "\"vip\"")]
    [InlineData("products.length", "2")]
    [InlineData("customer.tags.length", "2")]
    [InlineData("customer.name.length", "3")]
    [InlineData("customer.length", "2")]
    public void Resolve_ReturnsTheValue_AtAnExistingPath(string path, string expectedJson)
    {
        var value = PathResolver.Resolve(TemplatePath.Parse(path), Scope);

        Assert.Equal(expectedJson, value!.ToJsonString());
    }

    [Fact]
    public void Resolve_ReturnsNull_WhenThePropertyExistsWithNoValue()
    {
        Assert.Null(PathResolver.Resolve(TemplatePath.Parse("steps.get_customer.error"), Scope));
    }

    [Fact]
    public void Resolve_ReturnsTheStoredNode_NotACopy()
    {
        var first = PathResolver.Resolve(TemplatePath.Parse("products"), Scope);
        var second = PathResolver.Resolve(TemplatePath.Parse("products"), Scope);

        Assert.Same(first, second);
    }

    [Theory]
    [InlineData("steps.get_customer.output.emial", "steps.get_customer.output", "did you mean 'email'")]
    [InlineData("inptu.customerId", "", "did you mean 'input'")]
    [InlineData("products[5].name", "products", "2 item(s), so [5] is past the end")]
    [InlineData("products.name", "products", "is a list; use an index such as [0]")]
    [InlineData("input.customerId.first", "input.customerId", "is a string, not an object or list")]
    [InlineData("steps.get_customer.error.message", "steps.get_customer.error", "is empty")]
    public void Resolve_NamesTheNearestExistingPathAndAHint_WhenAPartIsMissing(string path, string nearest, string hint)
    {
        var error = Assert.Throws<TemplatePathException>(() => PathResolver.Resolve(TemplatePath.Parse(path), Scope));

        Assert.Equal(path, error.Path);
        Assert.Equal(nearest, error.NearestExisting);
        Assert.Contains($"'{{{{{path}}}}}'", error.Message);
        Assert.Contains(hint, error.Message);
    }

    [Fact]
    public void Resolve_SaysAnObjectIsNotAList_WhenAnObjectIsIndexed()
    {
        var error = Assert.Throws<TemplatePathException>(() => PathResolver.Resolve(TemplatePath.Parse("input[0]"), Scope));

        Assert.Equal("input", error.NearestExisting);
        Assert.Contains("'input' is an object, not a list", error.Message);
    }

    [Fact]
    public void Resolve_ListsTheExistingKeys_WhenAKeyIsMissing()
    {
        var error = Assert.Throws<TemplatePathException>(() => PathResolver.Resolve(TemplatePath.Parse("input.nothingLikeIt"), Scope));

        Assert.Contains("It has: customerId, x.", error.Message);
    }

    [Fact]
    public void TryResolve_ReturnsFalseWithoutThrowing_WhenThePathIsMissing()
    {
        var found = PathResolver.TryResolve(TemplatePath.Parse("input.missing"), Scope, out var value, out var failure);

        Assert.False(found);
        Assert.Null(value);
        Assert.Equal("input", failure!.NearestExisting);
    }

    [Theory]
    [InlineData("steps.get_customer.output.tags[0]", 5)]
    [InlineData("$now", 1)]
    [InlineData("loop.parent.item", 3)]
    [InlineData("a-b.c_d", 2)]
    public void Parse_SplitsNamesAndIndexes(string text, int segments)
    {
        Assert.Equal(segments, TemplatePath.Parse(text).Segments.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a.")]
    [InlineData(".a")]
    [InlineData("a..b")]
    [InlineData("[0]")]
    [InlineData("a[x]")]
    [InlineData("a[-1]")]
    [InlineData("a[0")]
    [InlineData("a[0]b")]
    [InlineData("a b")]
    [InlineData("a}")]
    public void Parse_ThrowsSyntaxError_ForAMalformedPath(string text)
    {
        Assert.Throws<TemplateSyntaxException>(() => TemplatePath.Parse(text));
    }
}
