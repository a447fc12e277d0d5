package org.rosterbridge.clever;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodedTest {

    @Test
    void recognisesCleverSpelling() {
        assertThat(Coded.of(Grade.class, "Kindergarten").known()).contains(Grade.KINDERGARTEN);
        assertThat(Coded.of(Subject.class, "english/language arts").known()).contains(Subject.ENGLISH_LANGUAGE_ARTS);
    }

    @Test
    void keepsUnknownValueAsWritten() {
        Coded<Grade> grade = Coded.of(Grade.class, "K5");

        assertThat(grade.known()).isEmpty();
        assertThat(grade.wire()).isEqualTo("K5");
        assertThat(grade.toString()).isEqualTo("K5");
    }

    @Test
    void keepsEmptyValueAsAbsent() {
        Coded<Gender> gender = Coded.empty(Gender.class);

        assertThat(gender.isEmpty()).isTrue();
        assertThat(gender.known()).isEmpty();
    }

    @Test
    void equalsByListAndSpelling() {
        assertThat(Coded.of(Grade.G1)).isEqualTo(Coded.of(Grade.class, "1"));
        assertThat(Coded.of(Grade.G1).is(Grade.G1)).isTrue();
        assertThat(Coded.of(Grade.G1).is(Grade.G2)).isFalse();
    }

    @Test
    void homeLanguageListHasCleversFortySevenNames() {
        assertThat(HomeLanguage.values()).hasSize(47);
        assertThat(Coded.of(HomeLanguage.class, "Telugu").known()).contains(HomeLanguage.TELUGU);
    }
}
