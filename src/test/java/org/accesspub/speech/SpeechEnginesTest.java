package org.accesspub.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accesspub.AccesspubException;
import org.accesspub.Warnings;
import org.junit.jupiter.api.Test;

class SpeechEnginesTest {
    static final SpeechEngines DEFAULTS = SpeechEngines.forScript(SpeechOptions.defaults(), Warnings.collecting(), "zh-CN");

    @Test
    void mandarinForMainlandAndTaiwanCantoneseForHongKong() {
        for (String tag : new String[] {"zh-CN", "zh-TW", "zh", "zh-Hans"}) {
            assertThat(DEFAULTS.choose(tag).engine().id()).isEqualTo("espeak");
            assertThat(((EspeakEngine) DEFAULTS.choose(tag).engine()).voiceFor(tag)).isEqualTo("cmn");
        }
        for (String tag : new String[] {"zh-HK", "yue"}) {
            assertThat(((EspeakEngine) DEFAULTS.choose(tag).engine()).voiceFor(tag)).isEqualTo("yue");
        }
    }

    @Test
    void englishIsFreeTtsUnlessEspeakIsAsked() {
        assertThat(DEFAULTS.choose("en").engine().id()).isEqualTo("freetts");
        SpeechEngines espeak = SpeechEngines.forScript(SpeechOptions.builder().engine("espeak").build(), Warnings.collecting(), "en");
        assertThat(espeak.choose("en").engine().id()).isEqualTo("espeak");
        assertThat(espeak.choose("en").voice()).isEqualTo("en-US");
    }

    @Test
    void freeTtsIsNeverGivenChinese() {
        Warnings w = Warnings.collecting();
        SpeechEngines freetts = SpeechEngines.forScript(SpeechOptions.builder().engine("freetts").build(), w, "zh-CN");
        assertThat(freetts.choose("zh-CN").engine().id()).isEqualTo("espeak");
        assertThat(w.all()).anySatisfy(m -> assertThat(m).contains("FreeTTS speaks only English"));
    }

    @Test
    void otherLanguagesGoToEspeakOrFailNamingTheLanguages() {
        assertThat(DEFAULTS.choose("fr").engine().id()).isEqualTo("espeak");
        assertThatThrownBy(() -> DEFAULTS.choose("tlh"))
                .isInstanceOf(AccesspubException.class)
                .hasMessageContaining("tlh").hasMessageContaining("cmn").hasMessageContaining("fr")
                .extracting(e -> ((AccesspubException) e).exitCode()).isEqualTo(AccesspubException.BAD_USAGE);
    }

    @Test
    void voiceOptionPicksTheEngineThatHasIt() {
        SpeechEngines f3 = SpeechEngines.forScript(SpeechOptions.builder().voice("cmn+f3").build(), Warnings.collecting(), "zh-CN");
        assertThat(f3.choose("zh-CN").voice()).isEqualTo("cmn+f3");
        assertThat(f3.choose("en").engine().id()).isEqualTo("freetts"); // cmn+f3 does not speak English
        SpeechEngines enUs = SpeechEngines.forScript(SpeechOptions.builder().voice("en-US").build(), Warnings.collecting(), "en");
        assertThat(enUs.choose("en").engine().id()).isEqualTo("espeak");
        SpeechEngines none = SpeechEngines.forScript(SpeechOptions.builder().voice("nobody").build(), Warnings.collecting(), "en");
        assertThatThrownBy(() -> none.choose("zh-CN")).isInstanceOf(AccesspubException.class).hasMessageContaining("nobody");
    }

    @Test
    void rateIsCountedInTheMainLanguageAndScaledForTheOther() {
        assertThat(DEFAULTS.rate("zh-CN")).isEqualTo(220);
        assertThat(DEFAULTS.rate("en")).isEqualTo(160);
        SpeechEngines slow = SpeechEngines.forScript(SpeechOptions.builder().rate(176).build(), Warnings.collecting(), "zh-CN");
        assertThat(slow.rate("zh-CN")).isEqualTo(176);
        assertThat(slow.rate("en")).isEqualTo(128);
        assertThatThrownBy(() -> SpeechEngines.forScript(SpeechOptions.builder().rate(5).build(), Warnings.collecting(), "en"))
                .isInstanceOf(AccesspubException.class).hasMessageContaining("--rate");
    }

    @Test
    void unknownEngineIsAUsageError() {
        assertThatThrownBy(() -> SpeechEngines.forScript(SpeechOptions.builder().engine("sapi").build(), Warnings.collecting(), "en"))
                .isInstanceOf(AccesspubException.class).hasMessageContaining("sapi").hasMessageContaining("espeak");
    }

    @Test
    void voicesListingNamesEnginesVoicesAndLanguages() {
        String listing = SpeechEngines.listing(SpeechOptions.defaults());
        assertThat(listing).contains("eSpeak NG 1.52").contains("FreeTTS 1.2.2")
                .containsPattern("freetts\\s+kevin16\\s+en en-us")
                .containsPattern("espeak\\s+cmn\\s+cmn zh-cmn zh")
                .containsPattern("espeak\\s+yue\\s+yue zh-yue zh")
                .contains("cmn+f3");
    }
}
