package org.actionmap.security;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OrgUnitNamesTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "Economic and Trade Bureaus|economic and trade bureaus",
            "  and   streets. |streets",
            "The Economic  Development Zone|economic development zone",
            "and the Construction Bureau;|construction bureau",
            "People’s Bank of China (Foreign Administration)|people's bank of china (foreign administration)",
            "towns and villages|towns and villages",
            "Inspection and Quarantine Office |inspection and quarantine office",
            "经济贸易局。|经济贸易局",
            "bandstand|bandstand",
            "theatre office|theatre office"
    })
    void normalizes_a_unit_phrase(String phrase, String expected) {
        assertThat(OrgUnitNames.normalize(phrase)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void treats_null_as_empty() {
        assertThat(OrgUnitNames.normalize(null)).isEmpty();
    }
}
