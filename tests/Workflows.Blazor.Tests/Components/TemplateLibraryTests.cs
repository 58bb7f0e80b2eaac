using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Templates;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Components;

public sealed class TemplateLibraryTests
{
    [Fact]
    public void TemplateLibrary_OffersOnlyTemplatesWithoutErrorsOrWarnings()
    {
        using var app = new AppFactory();
        var templates = app.Services.GetRequiredService<WorkflowTemplateLibrary>().All;

        Assert.NotEmpty(templates);
        Assert.All(templates, template =>
        {
            var problems = template.Validation.Errors.Concat(template.Validation.Warnings).Select(f => $"{f.StepSlug}: {f.Message}");
            Assert.True(!problems.Any(), $"{template.Key}: {string.Join("; ", problems)}");
        });
    }
}
