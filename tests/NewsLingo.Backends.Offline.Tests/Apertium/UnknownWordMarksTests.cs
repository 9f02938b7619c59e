using NewsLingo.Backends.Offline.Apertium;

namespace NewsLingo.Backends.Offline.Tests.Apertium;

public sealed class UnknownWordMarksTests
{
    [Fact]
    public void Marks_are_stripped_and_each_word_reported_once()
    {
        var unknown = new List<string>();

        var text = UnknownWordMarks.Strip("Los *combatientes y #jihadistes, los *combatientes de @Daech.", "Les combattants et djihadistes.", unknown);

        Assert.Equal("Los combatientes y jihadistes, los combatientes de Daech.", text);
        Assert.Equal(["combatientes", "jihadistes", "Daech"], unknown);
    }

    [Fact]
    public void A_mark_the_source_itself_carried_stays()
    {
        var unknown = new List<string>();

        var text = UnknownWordMarks.Strip("Nota *importante: el #hashtag y a*b.", "Note *importante : le #hashtag et a*b.", unknown);

        Assert.Equal("Nota *importante: el #hashtag y a*b.", text);
        Assert.Empty(unknown);
    }
}
