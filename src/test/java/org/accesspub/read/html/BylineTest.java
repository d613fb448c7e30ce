package org.accesspub.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineTest {
    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
        "Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read = Bryan DeArdo",
        "Monday November 18, 2019 7:45 am PST by Joe Rossignol = Joe Rossignol",
        "Mike Wall 2019-11-18T20:51:19Z Science & Astronomy = Mike Wall",
        "Kashmira Gander On 11/13/19 at 4:00 PM EST = Kashmira Gander",
        "Madeline Fry | November 18, 2019 12:01 PM Print this article = Madeline Fry",
        "Jill Disis, CNN Business = Jill Disis, CNN Business",
        "Jean-Luc Picard = Jean-Luc Picard",
        "Abby Bysshe = Abby Bysshe",
        "Sarah E. Needleman = Sarah E. Needleman",
        "By Ana Swanson = Ana Swanson",
        "Maria Byrne 18 November 2019 = Maria Byrne",
        "Updated 3 hours ago = Updated 3 hours ago",
    })
    void theNameIsKeptAndWhatPagesPrintBesideItIsNot(String byline, String name) {
        assertThat(Byline.name(byline)).isEqualTo(name);
    }
}
