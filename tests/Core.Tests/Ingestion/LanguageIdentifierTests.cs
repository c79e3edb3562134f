namespace NewsBot.Core.Tests.Ingestion;

public class LanguageIdentifierTests
{
    [Theory]
    [InlineData("The council approved the new budget on Tuesday after a long debate about the cost of public transport.", "en")]
    [InlineData("Le conseil municipal a approuvé mardi le nouveau budget après un long débat sur le coût des transports publics.", "fr")]
    [InlineData("Der Stadtrat hat am Dienstag nach einer langen Debatte über die Kosten des Nahverkehrs den neuen Haushalt beschlossen.", "de")]
    [InlineData("Міська рада у вівторок ухвалила новий бюджет після довгої дискусії про вартість громадського транспорту.", "uk")]
    [InlineData("Городской совет во вторник утвердил новый бюджет после долгих споров о стоимости общественного транспорта.", "ru")]
    [InlineData("El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate sobre el coste del transporte público.", "es")]
    [InlineData("Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito sul costo dei trasporti pubblici.", "it")]
    [InlineData("Rada miasta zatwierdziła we wtorek nowy budżet po długiej debacie o kosztach transportu publicznego.", "pl")]
    public void Detect_ArticleText_Language(string text, string expected)
    {
        Assert.Equal(expected, IngestionBed.Languages.Detect(text));
    }

    [Fact]
    public void Detect_TooShort_Null()
    {
        Assert.Null(IngestionBed.Languages.Detect("OK 42"));
    }
}
