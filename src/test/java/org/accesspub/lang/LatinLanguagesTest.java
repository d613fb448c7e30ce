package org.accesspub.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text without a language tag is told apart by its words: the Debian Administrator's Handbook, as Debian
 * ships it in each language (pages nobody here wrote, without any lang attribute; pages its translators
 * finished), gets its own language; English, languages it does not tell (Dutch, Indonesian) and anything
 * too short to tell stay English.
 */
class LatinLanguagesTest {
    private static final Path HANDBOOK = Path.of("/usr/share/doc/debian-handbook/html");

    @ParameterizedTest
    @CsvSource({"pt-BR,pt", "es-ES,es", "fr-FR,fr", "de-DE,de", "it-IT,it", "ca-ES,ca", "en-US,en", "nl-NL,en", "id-ID,en"})
    void eachTranslationOfTheDebianHandbookIsDetectedAsItsLanguage(String folder, String expected) throws Exception {
        for (String page : new String[] {"preface.html", "sect.backup.html", "sect.book-structure.html",
                "advanced-administration.html"}) {
            Path file = HANDBOOK.resolve(folder).resolve(page);
            assumeTrue(Files.isRegularFile(file), "the debian-handbook package is not installed");
            String text = Jsoup.parse(file.toFile(), "UTF-8").body().text();
            assertThat(Languages.detect(text)).as(folder + "/" + page).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A reunião mensal da associação de moradores realiza-se no salão paroquial, e não há custos para os sócios que são convidados.|pt",
            "La riunione mensile dei residenti si tiene nella sala parrocchiale e tutti i soci sono invitati con le loro famiglie.|it",
            "La reunión mensual de la asociación de vecinos se celebra en el salón parroquial y los socios están invitados con sus familias.|es",
            "La réunion mensuelle des habitants a lieu dans la salle des fêtes et les membres sont invités avec leur famille.|fr",
            "Die monatliche Versammlung der Anwohner findet im Gemeindesaal statt und ist für alle Mitglieder mit ihren Familien offen.|de",
            "The monthly meeting of the residents is held in the parish hall and the members are invited with their families.|en",
            "Le Monde, El País, O Globo|en",
            "Reunião mensal|en"})
    void aParagraphSaysItsLanguageAndAFewWordsDoNot(String text, String expected) {
        assertThat(Languages.detect(text)).isEqualTo(expected);
    }
}
