using NewsLingo.Core.Articles.Html;
using NewsLingo.Testing;

namespace NewsLingo.Core.Tests.Articles;

/// <summary>The element count and nesting depth read off a page's tags before parsing, which the server's limits check.</summary>
public sealed class HtmlShapeTests
{
    [Fact]
    public void Nesting_counts_elements_left_open_and_not_those_a_parser_closes_itself()
    {
        Assert.Equal((4, 3), HtmlShape.Measure("<div><section><span>texte</span></section></div><br>"));
        Assert.Equal(0, HtmlShape.Depth("<p>un<p>deux<p>trois<li>a<li>b<img src=x><br/><hr>"));
        Assert.Equal(2, HtmlShape.Depth("<ul><li><a href=/a>un</a><li><a href=/b>deux</a></ul><div><div></div></div>"));
        Assert.Equal(1, HtmlShape.Depth("<svg><path d='M0 0'/></svg>"));
    }

    [Fact]
    public void Comments_scripts_and_attribute_values_are_not_read_as_tags()
    {
        const string Page = "<!-- <div><div><div> --><script>var s = '<div><div><div>';</script><style>div>p{}</style>"
            + "<div title=\"a > b <div>\"><textarea><div><div></textarea></div>";

        Assert.Equal((4, 1), HtmlShape.Measure(Page));
    }

    [Fact]
    public void Counting_stops_once_a_limit_is_passed()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 100_000));
        var many = string.Concat(Enumerable.Repeat("<i>x</i>", 100_000));

        Assert.Equal(257, HtmlShape.Measure(deep, maxDepth: 256).Depth);
        Assert.Equal(1_001, HtmlShape.Measure(many, maxElements: 1_000).Elements);
    }

    [Theory]
    [InlineData("pages/quotidien-national-abonnes.html")]
    [InlineData("pages/info-continue-morceaux.html")]
    [InlineData("conseil-municipal.html")]
    public void Real_page_shapes_stay_far_under_the_limits(string sample)
    {
        var (elements, depth) = HtmlShape.Measure(Samples.Read(sample));

        Assert.InRange(depth, 3, 20);
        Assert.InRange(elements, 10, 500);
    }
}
