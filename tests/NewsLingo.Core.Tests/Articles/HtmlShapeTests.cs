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

    [Fact]
    public void A_page_cut_at_any_character_is_measured_up_to_where_it_stops()
    {
        // A download that stops early ends inside a script, a style, an attribute or a comment.
        const string Page = "<html><head><script>var t = '<div>';</script><style>p>b{}</style></head><body class=\"a b\" data-x='1 > 0'>"
            + "<!-- <div> --><div id=main><p title=\"x\">Texte</p><textarea><div></textarea></div></body></html>";
        var whole = HtmlShape.Measure(Page);

        for (var cut = 0; cut <= Page.Length; cut++)
        {
            var (elements, depth) = HtmlShape.Measure(Page[..cut]);
            Assert.InRange(elements, 0, whole.Elements);
            Assert.InRange(depth, 0, whole.Depth + 1);
        }
    }

    [Theory]
    [InlineData("<!-->")]
    [InlineData("<!--->")]
    [InlineData("<!-- x --!>")]
    [InlineData("<noscript>")]
    [InlineData("<i a\">")]
    [InlineData("<i a=b\"c>")]
    [InlineData("<i a='b' c\"='d'>")]
    [InlineData("<svg><style>")]
    [InlineData("<math><title>")]
    [InlineData("<svg><script>")]
    [InlineData("</ x>")]
    public void Markup_that_only_looks_like_a_comment_an_attribute_or_raw_text_does_not_hide_the_elements_after_it(string opening)
    {
        // A parser reads every one of these divs as an element: so must the count the limits rest on.
        var page = opening + string.Concat(Enumerable.Repeat("<div>", 300)) + "texte";

        var (elements, depth) = HtmlShape.Measure(page);

        Assert.InRange(elements, 300, 303);
        Assert.InRange(depth, 300, 302);
    }

    [Fact]
    public void Raw_text_ends_only_at_its_own_end_tag_and_cdata_is_a_section_only_in_svg()
    {
        Assert.Equal((1, 0), HtmlShape.Measure("<script>'</scripts><div><div>'</script>"));
        Assert.Equal((2, 1), HtmlShape.Measure("<svg><![CDATA[<div><div>]]></svg><br>"));
        Assert.Equal((2, 1), HtmlShape.Measure("<p><![CDATA[x><div>]]></div>"));
    }

    [Fact]
    public void Formatting_elements_left_open_count_again_in_every_block_that_reopens_them()
    {
        // 200 bold elements left open in a paragraph, then 2,000 short paragraphs: the parser makes the 200 again in each.
        var reopened = "<p>" + string.Concat(Enumerable.Range(0, 200).Select(i => $"<b id={i}>")) + "x</p>" + string.Concat(Enumerable.Repeat("<p>x</p>", 2_000));
        var closed = "<p>" + string.Concat(Enumerable.Range(0, 200).Select(i => $"<b id={i}>")) + "x" + string.Concat(Enumerable.Repeat("</b>", 200)) + "</p>" + string.Concat(Enumerable.Repeat("<p>x</p>", 2_000));
        var alike = "<p>" + string.Concat(Enumerable.Repeat("<font size=2>", 200)) + "x</p>" + string.Concat(Enumerable.Repeat("<p>x</p>", 2_000));

        Assert.True(HtmlShape.Measure(reopened).Elements > 400_000);
        Assert.Equal(2_201, HtmlShape.Measure(closed).Elements);
        Assert.InRange(HtmlShape.Measure(alike).Elements, 2_201, 2_201 + (3 * 2_001));
    }
}
