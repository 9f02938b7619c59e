using NewsLingo.Core.Articles.Parsing;

namespace NewsLingo.Core.Tests.Articles;

/// <summary>Lines that only say when, in the languages pages are written in, and the prose that must never be taken for one.</summary>
public sealed class DateLinesTests
{
    [Theory]
    [InlineData("Published 4:00 am CST, Wednesday, November 20, 2019")]
    [InlineData("PUBLISHED: 10:48, Tue, Nov 19, 2019")]
    [InlineData("| UPDATED: 11:05, Tue, Nov 19, 2019")]
    [InlineData("mardi 3 février 2026, 06h30")]
    [InlineData("Publié le 14/03/2026 à 19h02")]
    [InlineData("02 Ago 2017")]
    [InlineData("segunda-feira, 22 de janeiro de 2018 às 0:13")]
    [InlineData("19/11/2019")]
    public void A_date_and_time_alone_is_a_date_line(string line) => Assert.True(DateLines.IsDateOnly(line));

    [Theory]
    [InlineData("Le 3 mai, le maire a inauguré la nouvelle médiathèque.")]
    [InlineData("2019")]
    [InlineData("10 p.m.")]
    [InlineData("Mars 2026 : les chiffres du chômage")]
    [InlineData("Temps de lecture 3 min.")]
    [InlineData("il y a 2 heures")]
    public void Prose_a_year_or_a_headline_with_a_month_is_not(string line) => Assert.False(DateLines.IsDateOnly(line));

    [Theory]
    [InlineData("Updated at 1:23 p.m.", true)]
    [InlineData("Mis à jour le 15/03/2026 à 08h40", true)]
    [InlineData("Mis à jour il y a 2 heures", true)]
    [InlineData("Updated 35 minutes ago", true)]
    [InlineData("Publié aujourd'hui à 10h32", true)]
    [InlineData("Publié le 8 septembre 2026 à 10h32, modifié le 8 septembre 2026 à 12h05", true)]
    [InlineData("16h45", false)]
    [InlineData("Updated guidance is expected on 3 March.", false)]
    public void A_publication_stamp_opens_with_its_word(string line, bool stamp) => Assert.Equal(stamp, DateLines.IsStamp(line));

    [Theory]
    [InlineData("Nicolas Perriault —", "Nicolas Perriault")]
    [InlineData("James Akinaka • 8h", "James Akinaka")]
    [InlineData("Ben Silverman | Games Editor", "Ben Silverman")]
    [InlineData("Tech Industry by Steven Musil January 18, 2017 11:00 PM PST", "by Steven Musil")]
    [InlineData("Par Claire Vasseur, le 3 février 2026", "Par Claire Vasseur")]
    [InlineData("By Theresa May", "By Theresa May")]
    public void A_byline_elements_text_keeps_the_name(string shown, string byline) => Assert.Equal(byline, BylinePatterns.Tidy(shown));
}
