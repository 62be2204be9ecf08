package org.actionmap.plan;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityFormatTest {

    private static TargetInfo target(String unit, String unitZh) {
        return new TargetInfo(1L, "T", 1, 1, "z", "e", unit, unitZh, Comparator.AT_LEAST, BigDecimal.ONE, null, null,
                MeasureKind.REPORTED, null, Accumulation.YEAR_TO_DATE, 1L, List.of(), "s");
    }

    @Test
    void moneyIsShownIn亿元And万元InChineseAndInBillionsAndMillionsInEnglish() {
        TargetInfo yuan = target("yuan", "元");
        assertThat(QuantityFormat.format(new BigDecimal("28000000000"), yuan, Locale.SIMPLIFIED_CHINESE)).isEqualTo("280 亿元");
        assertThat(QuantityFormat.format(new BigDecimal("300000000"), yuan, Locale.SIMPLIFIED_CHINESE)).isEqualTo("3 亿元");
        assertThat(QuantityFormat.format(new BigDecimal("35000000"), yuan, Locale.SIMPLIFIED_CHINESE)).isEqualTo("3,500 万元");
        assertThat(QuantityFormat.format(new BigDecimal("28000000000"), yuan, Locale.ENGLISH)).isEqualTo("28 billion yuan");
        assertThat(QuantityFormat.format(new BigDecimal("300000000"), yuan, Locale.ENGLISH)).isEqualTo("300 million yuan");
        TargetInfo dollars = target("US dollars", "美元");
        assertThat(QuantityFormat.format(new BigDecimal("370000000"), dollars, Locale.SIMPLIFIED_CHINESE)).isEqualTo("3.7 亿美元");
        assertThat(QuantityFormat.format(new BigDecimal("3000000"), dollars, Locale.ENGLISH)).isEqualTo("3 million US dollars");
    }

    @Test
    void otherQuantitiesKeepThePlansUnitInEachLanguage() {
        TargetInfo land = target("mu", "亩");
        assertThat(QuantityFormat.format(new BigDecimal("6500"), land, Locale.SIMPLIFIED_CHINESE)).isEqualTo("6,500 亩");
        assertThat(QuantityFormat.format(new BigDecimal("6500"), land, Locale.ENGLISH)).isEqualTo("6,500 mu");
        assertThat(QuantityFormat.format(new BigDecimal("25"), target("%", "%"), Locale.ENGLISH)).isEqualTo("25%");
    }

    @Test
    void aTypedFigureInTenThousandYuanIsStoredInYuan() {
        EntryUnit wan = EntryUnit.of(target("yuan", "元"), Locale.SIMPLIFIED_CHINESE);
        assertThat(wan.toStored(new BigDecimal("18600"))).isEqualByComparingTo("186000000");
        assertThat(wan.toTyped(new BigDecimal("186000000.0000")).toPlainString()).isEqualTo("18600");
        EntryUnit count = EntryUnit.of(target("enterprises", "家"), Locale.ENGLISH);
        assertThat(count.toStored(new BigDecimal("7"))).isEqualByComparingTo("7");
    }
}
